import type { ReactNode } from "react";
import { Link as RouterLink } from "react-router";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import CardActionArea from "@mui/material/CardActionArea";
import Chip from "@mui/material/Chip";
import Skeleton from "@mui/material/Skeleton";
import Typography from "@mui/material/Typography";
import PlaceOutlined from "@mui/icons-material/PlaceOutlined";
import PhoneOutlined from "@mui/icons-material/PhoneOutlined";
import { NodeKind, RecognitionLevel, ServiceCategory, type TRecognitionLevel } from "@qifu/domain";
import type { TNodePublic } from "../schemas";
import { useNetworkPublic } from "./context";
import { kindColor } from "./kind-style";
import { Dot } from "./network-diagram";
import { paths } from "./paths";

const MAX_CHIPS = 4;

/** Recognition levels in a colour that says how high they are; NONE shows nothing. */
const levelColor: Record<TRecognitionLevel, string> = {
  NATIONAL: "#b3261e",
  PROVINCIAL: "#b35a16",
  MUNICIPAL: "#1f5fbf",
  DISTRICT: "#2e7d32",
  NONE: "#5b6577",
};

export function LevelBadge({ level }: { level: TRecognitionLevel }) {
  const { lang } = useNetworkPublic();
  if (level === "NONE") return null;
  const color = levelColor[level];
  return (
    <Box
      component="span"
      sx={{
        display: "inline-flex",
        alignItems: "center",
        px: 1,
        height: 22,
        borderRadius: 11,
        fontSize: "0.75rem",
        fontWeight: 600,
        color,
        border: `1px solid ${color}`,
        whiteSpace: "nowrap",
      }}
    >
      {RecognitionLevel.label(level, lang)}
    </Box>
  );
}

export function KindLabel({ node }: { node: Pick<TNodePublic, "kind"> }) {
  const { lang } = useNetworkPublic();
  return (
    <Box
      component="span"
      sx={{ display: "inline-flex", alignItems: "center", gap: 0.75, fontSize: "0.8125rem", color: "text.secondary", whiteSpace: "nowrap" }}
    >
      <Dot color={kindColor(node.kind)} />
      {NodeKind.label(node.kind, lang)}
    </Box>
  );
}

/** One result of the directory: the whole card is a link to the node page (an e2e test hook). */
export function NodeCard({ node }: { node: TNodePublic }) {
  const { t, lang } = useNetworkPublic();
  const extra = node.serviceCategories.length - MAX_CHIPS;
  return (
    <Card sx={{ height: "100%" }}>
      <CardActionArea
        component={RouterLink}
        to={paths.node(node.id)}
        data-testid="node-card"
        sx={{ height: "100%", p: 2, display: "flex", flexDirection: "column", alignItems: "stretch", justifyContent: "flex-start", gap: 1 }}
      >
        <Box sx={{ display: "flex", alignItems: "center", justifyContent: "space-between", gap: 1, flexWrap: "wrap" }}>
          <KindLabel node={node} />
          <LevelBadge level={node.recognitionLevel} />
        </Box>
        <Typography
          component="h3"
          sx={{
            fontWeight: 600,
            fontSize: "1.0625rem",
            lineHeight: 1.4,
            display: "-webkit-box",
            WebkitLineClamp: 2,
            WebkitBoxOrient: "vertical",
            overflow: "hidden",
          }}
        >
          {node.name}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {node.townName ?? t.districtLevel} · {t.staff} {node.staffCount}
          {t.persons}
        </Typography>
        {node.serviceCategories.length > 0 && (
          <Box sx={{ display: "flex", flexWrap: "wrap", gap: 0.5 }}>
            {node.serviceCategories.slice(0, MAX_CHIPS).map((c) => (
              <Chip key={c} size="small" label={ServiceCategory.label(c, lang)} sx={{ bgcolor: "#eef3fb", color: "primary.dark" }} />
            ))}
            {extra > 0 && <Chip size="small" variant="outlined" label={`+${extra}`} />}
          </Box>
        )}
        <Box sx={{ mt: "auto", pt: 0.5, display: "flex", flexDirection: "column", gap: 0.5, color: "text.secondary" }}>
          {node.address && <IconLine icon={<PlaceOutlined fontSize="inherit" />} text={node.address} />}
          {node.officePhone && <IconLine icon={<PhoneOutlined fontSize="inherit" />} text={node.officePhone} />}
        </Box>
      </CardActionArea>
    </Card>
  );
}

function IconLine({ icon, text }: { icon: ReactNode; text: string }) {
  return (
    <Box
      sx={{
        display: "flex",
        alignItems: "flex-start",
        gap: 0.75,
        fontSize: "0.8125rem",
        lineHeight: 1.5,
        "& svg": { mt: "3px", flexShrink: 0 },
      }}
    >
      {icon}
      <Box component="span" sx={{ minWidth: 0, wordBreak: "break-word" }}>
        {text}
      </Box>
    </Box>
  );
}

export function NodeCardSkeleton() {
  return (
    <Card sx={{ p: 2, height: "100%" }} aria-hidden>
      <Skeleton width="40%" />
      <Skeleton sx={{ fontSize: "1.25rem" }} width="85%" />
      <Skeleton width="50%" />
      <Box sx={{ display: "flex", gap: 0.5, my: 1 }}>
        <Skeleton variant="rounded" width={64} height={24} />
        <Skeleton variant="rounded" width={64} height={24} />
        <Skeleton variant="rounded" width={64} height={24} />
      </Box>
      <Skeleton width="90%" />
      <Skeleton width="45%" />
    </Card>
  );
}
