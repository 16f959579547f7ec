import pino from "pino";
import type { TLabel } from "@qifu/domain";

/** One message leaving through an outside channel (email, SMS). */
export type TOutgoingMessage = {
  notificationId: string;
  userId: string;
  username: string;
  displayName: string;
  title: TLabel;
  body: TLabel;
  link: string | null;
};

/** A deployment plugs its mail service in here (SMTP, a government mail gateway …). */
export interface EmailChannel {
  readonly name: string;
  send(message: TOutgoingMessage): Promise<void>;
}
/** A deployment plugs its SMS gateway in here. */
export interface SmsChannel {
  readonly name: string;
  send(message: TOutgoingMessage): Promise<void>;
}
export type TChannelKind = "email" | "sms";

let logger: pino.Logger = pino({ name: "qifu-notify", level: process.env.QIFU_LOG_LEVEL ?? "info" });
/** apps/api may hand over its own (Fastify's) pino logger so the lines land in one log. */
export function setNotificationLogger(l: pino.Logger) {
  logger = l;
}

/** The default of both channels: write the message to the log, send nothing. */
export function logChannel(kind: TChannelKind): EmailChannel & SmsChannel {
  return {
    name: "log",
    async send(m) {
      logger.info(
        { channel: kind, notificationId: m.notificationId, to: m.username, title: m.title.zh, body: m.body.zh, link: m.link },
        `notification via ${kind} (log channel)`,
      );
    },
  };
}
const offChannel: EmailChannel & SmsChannel = { name: "off", async send() {} };

type TFactory = () => EmailChannel | SmsChannel;
const factories: Record<TChannelKind, Map<string, TFactory>> = {
  email: new Map<string, TFactory>([
    ["log", () => logChannel("email")],
    ["off", () => offChannel],
  ]),
  sms: new Map<string, TFactory>([
    ["log", () => logChannel("sms")],
    ["off", () => offChannel],
  ]),
};
const overrides: Partial<Record<TChannelKind, EmailChannel | SmsChannel>> = {};

/**
 * Make a channel implementation selectable by name: `registerChannel("email", "smtp", () => …)`,
 * then run with `QIFU_EMAIL_CHANNEL=smtp` (or `QIFU_SMS_CHANNEL=…`). The default is "log";
 * "off" sends nothing.
 */
export function registerChannel(kind: "email", name: string, factory: () => EmailChannel): void;
export function registerChannel(kind: "sms", name: string, factory: () => SmsChannel): void;
export function registerChannel(kind: TChannelKind, name: string, factory: TFactory) {
  factories[kind].set(name, factory);
}

/** Replace a channel outright (tests capture messages this way); `null` goes back to the env's choice. */
export function setChannel(kind: TChannelKind, channel: EmailChannel | SmsChannel | null) {
  if (channel) overrides[kind] = channel;
  else delete overrides[kind];
}

export function channelFor(kind: TChannelKind): EmailChannel | SmsChannel {
  const o = overrides[kind];
  if (o) return o;
  const name = (kind === "email" ? process.env.QIFU_EMAIL_CHANNEL : process.env.QIFU_SMS_CHANNEL) || "log";
  const factory = factories[kind].get(name);
  if (!factory) {
    logger.warn({ channel: kind, name }, "unknown notification channel; falling back to the log");
    return logChannel(kind);
  }
  return factory();
}
