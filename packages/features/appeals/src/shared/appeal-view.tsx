import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import { FileList, StatusChip, formatDateTime, type StatusTone } from "@qifu/ui";
import type { TLabel } from "@qifu/domain";
import { AppealEventKind, AppealStatus, SupervisionLevel, type TAppealEvent, type TAppealStatus, type TSupervisionLevel } from "../schemas";

type TLang = keyof TLabel;

/** One status → tone mapping for the console and the portal. */
const STATUS_TONE: Record<TAppealStatus, StatusTone> = {
  SUBMITTED: "info",
  ACCEPTED: "info",
  IN_PROGRESS: "warning",
  ANSWERED: "success",
  CONFIRMED: "success",
  CLOSED: "default",
  WITHDRAWN: "default",
};
const SUPERVISION_TONE: Record<TSupervisionLevel, StatusTone> = { NONE: "default", REMINDER: "info", YELLOW: "warning", RED: "danger" };

export function AppealStatusChip({ status, lang }: { status: TAppealStatus; lang: TLang }) {
  return <StatusChip label={AppealStatus.label(status, lang)} tone={STATUS_TONE[status]} />;
}

export function SupervisionChip({ level, lang }: { level: TSupervisionLevel; lang: TLang }) {
  if (level === "NONE") return null;
  return <StatusChip label={SupervisionLevel.label(level, lang)} tone={SUPERVISION_TONE[level]} />;
}

/** The structured data an event may carry (each kind writes the part it needs). */
type TEventData = {
  from?: { name: string };
  to?: { name: string };
  unit?: { name: string };
  satisfaction?: number;
  resolved?: boolean;
  level?: TSupervisionLevel;
};

/** Extra words for an event from its structured data (where a send-back went, a rating …). */
function detailOf(e: TAppealEvent, lang: TLang): string | null {
  const d = e.data as TEventData | null;
  if (!d) return null;
  const zh = lang === "zh";
  if ((e.kind === "SEND_BACK" || e.kind === "REASSIGN") && d.from && d.to)
    return zh ? `${d.from.name} → ${d.to.name}` : `${d.from.name} → ${d.to.name}`;
  if (e.kind === "ROUTE" && d.to) return d.to.name;
  if ((e.kind === "CONFIRM" || e.kind === "RETURN_VISIT") && d.satisfaction)
    return zh
      ? `满意度 ${d.satisfaction}/5 · ${d.resolved ? "问题已解决" : "问题未解决"}`
      : `Satisfaction ${d.satisfaction}/5 · ${d.resolved ? "solved" : "not solved"}`;
  if (e.kind === "SUPERVISE" && d.level) return SupervisionLevel.label(d.level, lang);
  if (e.kind === "CO_UNIT_ADD" && d.unit) return d.unit.name;
  if (e.kind === "ANSWER")
    return d.resolved
      ? zh
        ? "单位认为问题已解决"
        : "Unit reports it solved"
      : zh
        ? "单位认为问题尚未完全解决"
        : "Unit reports it not fully solved";
  return null;
}

/** The timeline: every step with who, when and what they said. SLA bookkeeping can be hidden. */
export function AppealTimeline({ events, lang, showSla = true }: { events: TAppealEvent[]; lang: TLang; showSla?: boolean }) {
  const shown = events.filter((e) => showSla || !e.kind.startsWith("SLA_") || e.kind === "SLA_PAUSE" || e.kind === "SLA_RESUME");
  return (
    <Box component="ol" sx={{ listStyle: "none", m: 0, p: 0 }}>
      {shown.map((e, i) => {
        const detail = detailOf(e, lang);
        const warn =
          e.kind === "SLA_BREACH" || e.kind === "SUPERVISE" || e.kind === "SEND_BACK" || e.kind === "REOPEN" || e.kind === "HARD_BONE";
        return (
          <Box component="li" key={e.id} sx={{ display: "grid", gridTemplateColumns: "20px minmax(0, 1fr)", columnGap: 1.5 }}>
            <Box sx={{ display: "flex", flexDirection: "column", alignItems: "center" }}>
              <Box
                sx={{
                  width: 10,
                  height: 10,
                  mt: 0.75,
                  borderRadius: "50%",
                  bgcolor: warn ? "warning.main" : e.kind.startsWith("SLA_") ? "grey.400" : "primary.main",
                }}
              />
              {i < shown.length - 1 && <Box sx={{ flex: 1, width: 2, bgcolor: "divider", my: 0.5 }} />}
            </Box>
            <Box sx={{ pb: 2, minWidth: 0 }}>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {AppealEventKind.label(e.kind, lang)}
                {detail && (
                  <Typography component="span" variant="body2" color="text.secondary" sx={{ fontWeight: 400 }}>{`　${detail}`}</Typography>
                )}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {formatDateTime(e.at, lang)} · {e.actorName}
              </Typography>
              {e.note && (
                <Typography variant="body2" sx={{ mt: 0.5, whiteSpace: "pre-wrap", wordBreak: "break-word" }}>
                  {e.note}
                </Typography>
              )}
              {e.files?.length ? (
                <Box sx={{ mt: 0.5 }}>
                  <FileList files={e.files} />
                </Box>
              ) : null}
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}
