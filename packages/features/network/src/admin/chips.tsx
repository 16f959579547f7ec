import Chip from "@mui/material/Chip";
import Typography from "@mui/material/Typography";
import {
  NodeStatus,
  RecognitionLevel,
  ServiceCategory,
  type TNodeStatus,
  type TRecognitionLevel,
  type TServiceCategory,
} from "@qifu/domain";
import { StatusChip, type StatusTone } from "@qifu/ui";
import type { TLang } from "./i18n";

const STATUS_TONE: Record<TNodeStatus, StatusTone> = { ACTIVE: "success", SUSPENDED: "warning", CLOSED: "default" };

export function NodeStatusChip({ status, lang }: { status: TNodeStatus; lang: TLang }) {
  return <StatusChip label={NodeStatus.label(status, lang)} tone={STATUS_TONE[status] ?? "default"} />;
}

const LEVEL_COLOR: Record<TRecognitionLevel, "error" | "warning" | "primary" | "info" | "default"> = {
  NATIONAL: "error",
  PROVINCIAL: "warning",
  MUNICIPAL: "primary",
  DISTRICT: "info",
  NONE: "default",
};

/** Recognition level: a coloured outline for the demonstration levels, plain grey text for "none". */
export function LevelChip({ level, lang }: { level: TRecognitionLevel; lang: TLang }) {
  if (level === "NONE")
    return (
      <Typography variant="body2" color="text.disabled" component="span">
        {RecognitionLevel.label(level, lang)}
      </Typography>
    );
  return <Chip size="small" variant="outlined" color={LEVEL_COLOR[level]} label={RecognitionLevel.label(level, lang)} />;
}

export function CategoryChips({ categories, lang, max }: { categories: TServiceCategory[]; lang: TLang; max?: number }) {
  const shown = max ? categories.slice(0, max) : categories;
  return (
    <>
      {shown.map((c) => (
        <Chip
          key={c}
          size="small"
          label={ServiceCategory.label(c, lang)}
          sx={{ mr: 0.5, mb: 0.5, bgcolor: "rgba(31,95,191,0.08)", color: "primary.dark" }}
        />
      ))}
      {max && categories.length > max ? (
        <Chip size="small" variant="outlined" label={`+${categories.length - max}`} sx={{ mb: 0.5 }} />
      ) : null}
    </>
  );
}
