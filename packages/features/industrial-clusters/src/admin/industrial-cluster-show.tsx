import { useState } from "react";
import { CreateButton, DataTable, ReferenceManyField, useRecordContext, useTranslate } from "react-admin";
import { CarrierShow } from "@qifu/carrier-kit/admin";
import Box from "@mui/material/Box";
import Chip from "@mui/material/Chip";
import Grid from "@mui/material/Grid2";
import Typography from "@mui/material/Typography";
import { CultivationTier, RecognitionLevel } from "@qifu/domain";
import { EmptyState, formatDate, formatWan, StatCard, StatusChip } from "@qifu/ui";
import { InfoCard, InfoRow, useLang } from "@qifu/ui/admin";
import { IndustrialClusterStatus, KeyChain, MemberRole, type TIndustrialCluster, type TMember } from "../schemas";
import { ChainMap } from "../shared/chain-map";
import { CLUSTER_TONE } from "./industrial-cluster-views";

const ROLE_TONE = { LEADER: "success", CORE: "info", MEMBER: "default" } as const;

function Heading({ c }: { c: TIndustrialCluster }) {
  const lang = useLang();
  return (
    <Box sx={{ display: "flex", alignItems: "center", gap: 1, flexWrap: "wrap", mb: 2 }}>
      <Typography variant="h5" component="h1" sx={{ mr: 1 }}>
        {c.name}
      </Typography>
      <Chip label={KeyChain.label(c.chain, lang)} color="primary" size="small" />
      {c.recognitionLevel !== "NONE" && <Chip label={RecognitionLevel.label(c.recognitionLevel, lang)} size="small" variant="outlined" />}
      <StatusChip label={IndustrialClusterStatus.label(c.status, lang)} tone={CLUSTER_TONE[c.status]} />
    </Box>
  );
}

function Profile({ c }: { c: TIndustrialCluster }) {
  const translate = useTranslate();
  const lang = useLang();
  const f = (k: string) => translate(`resources.industrialClusters.fields.${k}`);
  return (
    <InfoCard title={translate("industrialClusters.profile")}>
      <InfoRow label={f("leadUnit")}>{c.leadUnit}</InfoRow>
      <InfoRow label={f("operatorNodeId")}>{c.operatorNodeName ?? "—"}</InfoRow>
      <InfoRow label={f("townId")}>{(lang === "en" && c.townNameEn) || c.townName}</InfoRow>
      <InfoRow label={f("establishedOn")}>{formatDate(c.establishedOn, lang)}</InfoRow>
      <InfoRow label={f("annualOutputWan")}>{c.annualOutputWan == null ? "—" : formatWan(c.annualOutputWan, lang)}</InfoRow>
      <InfoRow label={f("contactName")}>{[c.contactName, c.contactPhone].filter(Boolean).join(" ") || "—"}</InfoRow>
      {c.description && <InfoRow label={f("description")}>{c.description}</InfoRow>}
    </InfoCard>
  );
}

function ShowBody() {
  const c = useRecordContext<TIndustrialCluster>();
  const translate = useTranslate();
  const lang = useLang();
  // a clicked link shows the members covering it
  const [linkKey, setLinkKey] = useState<string | null>(null);
  if (!c) return null;
  const gaps = c.links.filter((l) => l.gap);
  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }}>
      <Heading c={c} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 4 }}>
          <StatCard label={translate("industrialClusters.member_count")} value={c.memberCount} />
        </Grid>
        <Grid size={{ xs: 4 }}>
          <StatCard label={translate("industrialClusters.link_count")} value={c.links.length} tone="success" />
        </Grid>
        <Grid size={{ xs: 4 }}>
          <StatCard label={translate("industrialClusters.gap_count")} value={c.gapCount} tone={c.gapCount ? "danger" : "success"} />
        </Grid>
      </Grid>
      <Box sx={{ mt: 2 }}>
        <InfoCard title={translate("industrialClusters.chain")}>
          <ChainMap
            links={c.links}
            lang={lang}
            selected={linkKey ? [linkKey] : undefined}
            onSelect={(k) => setLinkKey(k === linkKey ? null : k)}
          />
          <Typography variant="body2" sx={{ mt: 1.5, color: gaps.length ? "error.main" : "success.main", fontWeight: 500 }}>
            {gaps.length
              ? `${translate("industrialClusters.gaps")}：${gaps.map((g) => g.name).join("、")}`
              : translate("industrialClusters.no_gaps")}
          </Typography>
        </InfoCard>
      </Box>
      <Grid container spacing={2} sx={{ mt: 0 }}>
        <Grid size={{ xs: 12, lg: 4 }}>
          <Profile c={c} />
        </Grid>
        <Grid size={{ xs: 12, lg: 8 }}>
          <InfoCard
            title={translate("industrialClusters.members")}
            action={
              <CreateButton
                resource="industrialClusterMembers"
                state={{ record: { clusterId: c.id } }}
                label="industrialClusters.add_member"
              />
            }
          >
            <ReferenceManyField
              reference="industrialClusterMembers"
              target="clusterId"
              perPage={200}
              filter={linkKey ? { linkKey } : undefined}
              empty={<EmptyState title={translate("industrialClusters.no_members")} compact />}
            >
              <DataTable
                rowClick={(id) => `/industrialClusterMembers/${id}`}
                bulkActionButtons={false}
                sx={{ "& .MuiTableCell-head": { whiteSpace: "nowrap" } }}
              >
                <DataTable.Col source="enterpriseName" disableSort />
                <DataTable.Col
                  source="role"
                  render={(m: TMember) => <StatusChip label={MemberRole.label(m.role, lang)} tone={ROLE_TONE[m.role]} />}
                />
                <DataTable.Col source="enterpriseTier" disableSort render={(m: TMember) => CultivationTier.label(m.enterpriseTier, lang)} />
                <DataTable.Col source="linkNames" disableSort render={(m: TMember) => m.linkNames.join("、") || "—"} />
                <DataTable.Col source="enterpriseTownName" disableSort />
              </DataTable>
            </ReferenceManyField>
          </InfoCard>
        </Grid>
      </Grid>
    </Box>
  );
}

export function IndustrialClusterShow() {
  return (
    <CarrierShow>
      <ShowBody />
    </CarrierShow>
  );
}
