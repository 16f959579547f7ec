import { useTranslate } from "@refinedev/core";
import Grid from "@mui/material/Grid2";
import HubOutlined from "@mui/icons-material/HubOutlined";
import PlayCircleOutline from "@mui/icons-material/PlayCircleOutline";
import LinkOutlined from "@mui/icons-material/LinkOutlined";
import MapOutlined from "@mui/icons-material/MapOutlined";
import WorkspacePremiumOutlined from "@mui/icons-material/WorkspacePremiumOutlined";
import { formatPercent, StatCard, type StatCardProps } from "@qifu/ui";
import type { TNetworkStats } from "../schemas";
import { activeShare, countOf, inOneTown, townRows } from "../stats-view";
import { useBoardLang } from "./use-network-stats";

export interface NetworkKpisProps {
  stats: TNetworkStats | undefined;
  loading?: boolean;
  /** The year "linked platforms" is counted to (its end). */
  year: number;
}

/** The figures a district office reads first, in one row of stat cards (four for a town admin). */
export function NetworkKpis({ stats, loading = false, year }: NetworkKpisProps) {
  const t = useTranslate();
  const lang = useBoardLang();
  const unit = t("network.board.unit") || undefined;
  // what the figures cover, beside each of them (nothing for the district's full figures)
  const scope = stats?.scope.map((l) => l[lang]).join(" · ") || undefined;
  const s = stats;
  const inactive = s ? s.totalNodes - s.activeNodes : 0;
  const towns = s ? townRows(s) : [];
  const singleTown = !!s && inOneTown(s);
  const covered = towns.filter((r) => r.active > 0).length;
  const levels = s?.byLevel ?? [];
  const recognized = levels.filter((l) => l.key !== "NONE").reduce((n, l) => n + l.count, 0);
  const previous = s?.linkedByYear.filter((p) => p.year < year).at(-1)?.count ?? 0;
  // The linked-platform target is the district's: a town's own count is not measured against it.
  const target = singleTown ? null : s?.linkedTarget;
  const linkedTone: StatCardProps["tone"] = !target
    ? "primary"
    : s!.linkedPlatforms >= target.value
      ? "success"
      : s!.linkedPlatforms / target.value >= 0.6
        ? "primary"
        : "warning";

  const cards = [
    {
      key: "total",
      label: t("network.board.kpi.total"),
      value: s?.totalNodes ?? 0,
      hint: t("network.board.kpi.totalHint", { inactive }),
      icon: <HubOutlined />,
      tone: "primary" as const,
    },
    {
      key: "active",
      label: t("network.board.kpi.active"),
      value: s?.activeNodes ?? 0,
      hint: t("network.board.kpi.activeHint", { percent: formatPercent(s ? activeShare(s) : 0) }),
      icon: <PlayCircleOutline />,
      tone: "success" as const,
    },
    {
      key: "linked",
      label: t("network.board.kpi.linked"),
      value: s?.linkedPlatforms ?? 0,
      hint: target
        ? t("network.board.kpi.linkedTarget", {
            year: target.year,
            value: target.value,
            percent: formatPercent(target.value ? (s?.linkedPlatforms ?? 0) / target.value : 0),
          })
        : t("network.board.kpi.linkedHint", { year, delta: Math.max(0, (s?.linkedPlatforms ?? 0) - previous) }),
      icon: <LinkOutlined />,
      tone: linkedTone,
    },
    // Reach of the network over the town units. Service stations themselves are the
    // service-stations carrier's figures (its own section), not counted here a second time.
    ...(singleTown
      ? []
      : [
          {
            key: "towns",
            label: t("network.board.kpi.towns"),
            value: covered,
            hint:
              covered < towns.length
                ? t("network.board.kpi.townsHint", { towns: towns.length, missing: towns.length - covered })
                : t("network.board.kpi.townsHintAll", { towns: towns.length }),
            icon: <MapOutlined />,
            tone: covered < towns.length ? ("warning" as const) : ("primary" as const),
          },
        ]),
    {
      key: "recognized",
      label: t("network.board.kpi.recognized"),
      value: recognized,
      hint: t("network.board.kpi.recognizedHint", { high: countOf(levels, "NATIONAL") + countOf(levels, "PROVINCIAL") }),
      icon: <WorkspacePremiumOutlined />,
      tone: "primary" as const,
    },
  ];

  return (
    <Grid container spacing={2}>
      {cards.map(({ key, ...card }) => (
        <Grid key={key} size={{ xs: 12, sm: 6, md: 4, lg: "grow" }}>
          <StatCard {...card} unit={unit} scope={scope} loading={loading} />
        </Grid>
      ))}
    </Grid>
  );
}
