import Box from "@mui/material/Box";
import Chip from "@mui/material/Chip";
import LinearProgress from "@mui/material/LinearProgress";
import Typography from "@mui/material/Typography";
import { CultivationTier } from "@qifu/domain";
import { formatDate, formatFen, formatNumber, formatPercent, StatCard, StatusChip } from "@qifu/ui";
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
import { InnovationBaseKind, ResidencyStatus, type TInnovationBaseKind } from "../schemas";
import { useInnovationBasesPublic } from "./context";

export const innovationBasesPaths = carrierPaths("innovation-bases");

/** The active bases, searchable and filtered by kind and town; one card each, one column on a phone. */
export function InnovationBasesListPage() {
  const { client, t, lang } = useInnovationBasesPublic();
  return (
    <CarrierListPage
      client={client}
      lang={lang}
      text={t}
      introMaxWidth={760}
      queryKey="innovationBases.publicList"
      filters={[{ key: "kind", label: t.kind, all: t.allKinds, choices: InnovationBaseKind.choices(lang) }]}
      load={(search, f) => client.innovationBases.publicList.query({ ...search, kind: f.kind as TInnovationBaseKind | undefined })}
      card={(x) => (
        <CarrierCard
          to={innovationBasesPaths.one(x.id)}
          badges={<CarrierBadges kind={InnovationBaseKind.label(x.kind, lang)} recognitionLevel={x.recognitionLevel} lang={lang} />}
          title={x.name}
          subtitle={`${carrierTownName(x, lang)} · ${x.operatorName}`}
        >
          <Box sx={{ mt: "auto", pt: 1 }}>
            <Box sx={{ display: "flex", justifyContent: "space-between", typography: "caption", color: "text.secondary", mb: 0.5 }}>
              <span>
                {t.occupancy} {formatPercent(x.occupancy)}
              </span>
              <span>{t.residentsShort(x.residentCount)}</span>
            </Box>
            <LinearProgress variant="determinate" value={x.occupancy * 100} sx={{ height: 6, borderRadius: 3 }} />
          </Box>
        </CarrierCard>
      )}
    />
  );
}

/** One active base: its figures, space, team and the enterprises it incubates. */
export function InnovationBasesPage() {
  const { client, t, lang } = useInnovationBasesPublic();
  return (
    <CarrierDetailPage
      lang={lang}
      text={t}
      listPath={innovationBasesPaths.list}
      queryKey="innovationBases.publicGet"
      load={(id) => client.innovationBases.publicGet.query({ id })}
      badges={(x) => (
        <CarrierBadges kind={InnovationBaseKind.label(x.kind, lang)} recognitionLevel={x.recognitionLevel} lang={lang} mt={1} />
      )}
    >
      {(x) => {
        const f = x.figures;
        return (
          <>
            <Box
              sx={{
                display: "grid",
                gridTemplateColumns: { xs: "repeat(2, minmax(0, 1fr))", sm: "repeat(4, minmax(0, 1fr))" },
                gap: { xs: 1, sm: 2 },
                mt: 2,
              }}
            >
              <StatCard label={t.occupancy} value={formatPercent(f.occupancy)} />
              <StatCard label={t.inResidence} value={f.inResidence} tone="success" />
              <StatCard label={t.graduated} value={f.graduated} />
              <StatCard label={t.grown} value={f.grownAboveSize} tone="warning" />
            </Box>
            <DetailCard description={x.description}>
              <DetailRow label={t.space}>
                {t.area(formatNumber(x.floorAreaTotal, lang), formatNumber(x.floorAreaAvailable, lang))}
              </DetailRow>
              <DetailRow label={t.facilities}>
                <Box sx={{ display: "flex", flexWrap: "wrap", gap: 0.5 }}>
                  {x.sharedFacilities.length
                    ? x.sharedFacilities.map((s) => <Chip key={s} label={s} size="small" variant="outlined" />)
                    : "—"}
                </Box>
              </DetailRow>
              <DetailRow label={t.team}>
                {t.teamText(x.serviceTeamSize, x.mentorCount)}
                {x.serviceTeamNote ? `。${x.serviceTeamNote}` : ""}
              </DetailRow>
              {f.financingFen > 0 && <DetailRow label={t.financing}>{formatFen(f.financingFen, lang)}</DetailRow>}
              <DetailRow label={t.operator}>{x.operatorName}</DetailRow>
              {x.address && <DetailRow label={t.address}>{x.address}</DetailRow>}
              {(x.contactName || x.contactPhone) && (
                <DetailRow label={t.contact}>{[x.contactName, x.contactPhone].filter(Boolean).join(" ")}</DetailRow>
              )}
              <DetailRow label={t.openedOn}>{formatDate(x.openedOn, lang)}</DetailRow>
            </DetailCard>
            <SectionTitle>{t.residents}</SectionTitle>
            <EnterpriseLines items={x.residents} itemKey={(r) => r.enterpriseId} name={(r) => r.name} empty={t.noResidents}>
              {(r) => (
                <>
                  {r.tier !== "NONE" && <Chip label={CultivationTier.label(r.tier, lang)} size="small" variant="outlined" />}
                  <StatusChip label={ResidencyStatus.label(r.status, lang)} tone={r.status === "GRADUATED" ? "success" : "info"} />
                  <Typography variant="caption" color="text.secondary">
                    {t.movedIn} {formatDate(r.movedInOn, lang)}
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
