export {
  notify,
  resolveRecipients,
  writeNotifications,
  dispatchNotifications,
  startNotificationDispatcher,
  type TNotifyInput,
  type TRoleScope,
} from "./notify";
export { notificationsRouter, ZNotification, type TNotification } from "./router";
export {
  channelFor,
  logChannel,
  registerChannel,
  setChannel,
  setNotificationLogger,
  type EmailChannel,
  type SmsChannel,
  type TChannelKind,
  type TOutgoingMessage,
} from "./channels";
