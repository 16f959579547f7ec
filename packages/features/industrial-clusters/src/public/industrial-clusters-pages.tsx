import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import Chip from "@mui/material/Chip";
import Typography from "@mui/material/Typography";
import { CultivationTier } from "@qifu/domain";
import { formatDate, formatWan, StatusChip } from "@qifu/ui";
import {
  CarrierBadges,
  CarrierCard,
  CarrierDetailPage,
  CarrierListPage,
  carrierPaths,
  carrierTownName,
  DetailCard,
  DetailRow,
  EnterpriseLines,
} from "@qifu/carrier-kit/public";
import { SectionTitle } from "@qifu/ui/public";
import { KeyChain, MemberRole, type TKeyChain } from "../schemas";
import { ChainMap } from "../shared/chain-map";
import { useIndustrialClustersPublic } from "./context";

export const industrialClustersPaths = carrierPaths("industrial-clusters");

/** The active clusters, searchable and filtered by chain and town; one card each, one column on a phone. */
export function IndustrialClustersListPage() {
  const { client, t, lang } = useIndustrialClustersPublic();
  return (
    <CarrierListPage
      client={client}
      lang={lang}
      text={t}
      introMaxWidth={760}
      queryKey="industrialClusters.publicList"
      filters={[{ key: "chain", label: t.chain, all: t.allChains, choices: KeyChain.choices(lang) }]}
      load={(search, f) => client.industrialClusters.publicList.query({ ...search, chain: f.chain as TKeyChain | undefined })}
      card={(x) => (
        <CarrierCard
          to={industrialClustersPaths.one(x.id)}
          badges={<CarrierBadges kind={KeyChain.label(x.chain, lang)} recognitionLevel={x.recognitionLevel} lang={lang} />}
          title={x.name}
          subtitle={`${carrierTownName(x, lang)} · ${x.leadUnit}`}
        >
          <Box sx={{ mt: "auto", pt: 1, display: "flex", gap: 1, flexWrap: "wrap" }}>
            <StatusChip label={t.membersShort(x.memberCount)} tone="info" />
            <StatusChip label={x.gapCount ? t.gapsShort(x.gapCount) : t.noGaps} tone={x.gapCount ? "danger" : "success"} />
          </Box>
        </CarrierCard>
      )}
    />
  );
}

/** One active cluster: its chain with the gaps, and the members covering each link. */
export function IndustrialClustersPage() {
  const { client, t, lang } = useIndustrialClustersPublic();
  const list = (names: (string | undefined)[]) => names.filter(Boolean).join(lang === "zh" ? "、" : ", ");
  return (
    <CarrierDetailPage
      lang={lang}
      text={t}
      listPath={industrialClustersPaths.list}
      queryKey="industrialClusters.publicGet"
      load={(id) => client.industrialClusters.publicGet.query({ id })}
      badges={(x) => <CarrierBadges kind={KeyChain.label(x.chain, lang)} recognitionLevel={x.recognitionLevel} lang={lang} mt={1} />}
    >
      {(x) => {
        const linkName = new Map(x.links.map((l) => [l.key, l.name]));
        const gaps = x.links.filter((l) => l.gap);
        return (
          <>
            <DetailCard description={x.description}>
              <DetailRow label={t.leadUnit}>{x.leadUnit}</DetailRow>
              {x.operatorNodeName && <DetailRow label={t.node}>{x.operatorNodeName}</DetailRow>}
              {x.annualOutputWan != null && <DetailRow label={t.output}>{formatWan(x.annualOutputWan, lang)}</DetailRow>}
              <DetailRow label={t.establishedOn}>{formatDate(x.establishedOn, lang)}</DetailRow>
              {(x.contactName || x.contactPhone) && (
                <DetailRow label={t.contact}>{[x.contactName, x.contactPhone].filter(Boolean).join(" ")}</DetailRow>
              )}
            </DetailCard>
            <SectionTitle>{t.chainMap}</SectionTitle>
            <Card sx={{ p: { xs: 2, sm: 2.5 } }}>
              <ChainMap links={x.links} lang={lang} />
              {gaps.length > 0 && (
                <Typography variant="body2" sx={{ mt: 1.5, color: "error.main", fontWeight: 500 }}>
                  {t.gaps}：{list(gaps.map((g) => g.name))}
                </Typography>
              )}
              <Typography variant="caption" color="text.secondary" sx={{ display: "block", mt: 1 }}>
                {t.chainHint}
              </Typography>
            </Card>
            <SectionTitle>{t.members}</SectionTitle>
            <EnterpriseLines items={x.members} itemKey={(m) => m.enterpriseId} name={(m) => m.name} empty={t.noMembers}>
              {(m) => (
                <>
                  <StatusChip
                    label={MemberRole.label(m.role, lang)}
                    tone={m.role === "LEADER" ? "success" : m.role === "CORE" ? "info" : "default"}
                  />
                  {m.tier !== "NONE" && <Chip label={CultivationTier.label(m.tier, lang)} size="small" variant="outlined" />}
                  <Typography variant="caption" color="text.secondary" sx={{ flexBasis: "100%" }}>
                    {t.covers}：{list(m.linkKeys.map((k) => linkName.get(k))) || "—"}
                  </Typography>
                </>
              )}
            </EnterpriseLines>
          </>
        );
      }}
    </CarrierDetailPage>
  );
}
