import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import Chip from "@mui/material/Chip";
import Typography from "@mui/material/Typography";
import { CultivationTier } from "@qifu/domain";
import { formatDate, formatNumber } from "@qifu/ui";
import {
  CarrierCard,
  CarrierDetailPage,
  CarrierListPage,
  carrierPaths,
  carrierTownName,
  FactLine,
  FactsCard,
} from "@qifu/carrier-kit/public";
import { SpecializedParkStatus } from "../schemas";
import { useSpecializedParksPublic } from "./context";

export const specializedParksPaths = carrierPaths("specialized-parks");

/** The parks being built or operating, searchable and filtered by town; one card each, one column on a phone. */
export function SpecializedParksListPage() {
  const { client, t, lang } = useSpecializedParksPublic();
  return (
    <CarrierListPage
      client={client}
      lang={lang}
      text={t}
      queryKey="specializedParks.publicList"
      load={(search) => client.specializedParks.publicList.query(search)}
      card={(x) => (
        <CarrierCard
          to={specializedParksPaths.one(x.id)}
          title={x.name}
          subtitle={`${carrierTownName(x, lang)} · ${SpecializedParkStatus.label(x.status, lang)}`}
        >
          {x.leadingIndustry && (
            <Typography variant="body2" sx={{ mt: 0.5 }}>
              {x.leadingIndustry}
            </Typography>
          )}
          <Typography variant="body2" color="primary.dark">
            {t.residents(x.residentCount)}
          </Typography>
        </CarrierCard>
      )}
    />
  );
}

/** One park, with its resident enterprises and their tier. */
export function SpecializedParksPage() {
  const { client, t, lang } = useSpecializedParksPublic();
  return (
    <CarrierDetailPage
      lang={lang}
      text={t}
      listPath={specializedParksPaths.list}
      queryKey="specializedParks.publicGet"
      load={(id) => client.specializedParks.publicGet.query({ id })}
    >
      {(x) => (
        <>
          <FactsCard description={x.description}>
            <Box>
              <Chip
                size="small"
                color={x.status === "OPERATING" ? "success" : "warning"}
                label={SpecializedParkStatus.label(x.status, lang)}
              />
            </Box>
            <FactLine label={t.developer}>{x.developer}</FactLine>
            {x.leadingIndustry && <FactLine label={t.industry}>{x.leadingIndustry}</FactLine>}
            {x.address && <FactLine label={t.address}>{x.address}</FactLine>}
            <FactLine label={t.area}>{t.areaText(formatNumber(x.landAreaSqm), formatNumber(x.floorAreaSqm))}</FactLine>
            {x.openedOn && <FactLine label={t.openedOn}>{formatDate(x.openedOn, lang)}</FactLine>}
          </FactsCard>
          <Card sx={{ p: { xs: 2, sm: 3 }, mt: 2 }}>
            <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700, mb: 1 }}>
              {t.residents(x.residents.length)}
            </Typography>
            {x.residents.length === 0 ? (
              <Typography variant="body2" color="text.secondary">
                {t.noResidents}
              </Typography>
            ) : (
              <Box component="ul" sx={{ m: 0, p: 0, listStyle: "none" }}>
                {x.residents.map((r) => (
                  <Box
                    component="li"
                    key={r.id}
                    sx={{
                      display: "flex",
                      gap: 1,
                      alignItems: "center",
                      py: 0.75,
                      borderBottom: "1px solid",
                      borderColor: "divider",
                      flexWrap: "wrap",
                    }}
                  >
                    <Typography variant="body2" sx={{ flex: "1 1 180px" }}>
                      {r.enterpriseName}
                    </Typography>
                    {r.tier !== "NONE" && (
                      <Chip size="small" color="primary" variant="outlined" label={CultivationTier.label(r.tier, lang)} />
                    )}
                  </Box>
                ))}
              </Box>
            )}
          </Card>
        </>
      )}
    </CarrierDetailPage>
  );
}
