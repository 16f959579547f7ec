import Box from "@mui/material/Box";
import Chip from "@mui/material/Chip";
import Link from "@mui/material/Link";
import Typography from "@mui/material/Typography";
import { ServiceCategory } from "@qifu/domain";
import { formatDate } from "@qifu/ui";
import {
  CarrierCard,
  CarrierDetailPage,
  CarrierListPage,
  carrierPaths,
  carrierTownName,
  FactLine,
  FactsCard,
} from "@qifu/carrier-kit/public";
import { StationOperatorKind } from "../schemas";
import { useServiceStationsPublic } from "./context";

export const serviceStationsPaths = carrierPaths("service-stations");

/** The active ones, searchable and filtered by town; one card each, one column on a phone. */
export function ServiceStationsListPage() {
  const { client, t, lang } = useServiceStationsPublic();
  return (
    <CarrierListPage
      client={client}
      lang={lang}
      text={t}
      queryKey="serviceStations.publicList"
      load={(search) => client.serviceStations.publicList.query(search)}
      card={(x) => (
        <CarrierCard to={serviceStationsPaths.one(x.id)} title={x.name} subtitle={`${carrierTownName(x, lang)} · ${x.operatorName}`}>
          <Typography variant="body2" sx={{ mt: 0.5 }}>
            {x.openingHours}
          </Typography>
          {x.officePhone && (
            <Typography variant="body2" color="primary.dark">
              {t.onCall}：{x.officePhone}
            </Typography>
          )}
        </CarrierCard>
      )}
    />
  );
}

/** One active one, with its on-call phone first (tap to call on a phone). */
export function ServiceStationsPage() {
  const { client, t, lang } = useServiceStationsPublic();
  return (
    <CarrierDetailPage
      lang={lang}
      text={t}
      listPath={serviceStationsPaths.list}
      queryKey="serviceStations.publicGet"
      load={(id) => client.serviceStations.publicGet.query({ id })}
    >
      {(x) => (
        <FactsCard description={x.description}>
          {x.officePhone && (
            <Box sx={{ p: 1.5, borderRadius: 1, bgcolor: "primary.50", border: "1px solid", borderColor: "primary.light" }}>
              <Typography variant="subtitle2" color="primary.dark">
                {t.onCall}
              </Typography>
              <Link href={`tel:${x.officePhone.replace(/[^0-9+]/g, "")}`} variant="h6" underline="hover">
                {x.officePhone}
              </Link>
            </Box>
          )}
          <FactLine label={t.hours}>{x.openingHours}</FactLine>
          <FactLine label={t.operator}>
            {x.operatorName}（{StationOperatorKind.label(x.operatorKind, lang)}）
          </FactLine>
          {x.address && <FactLine label={t.address}>{x.address}</FactLine>}
          <FactLine label={t.staff}>{x.staffOnDuty}</FactLine>
          <FactLine label={t.openedOn}>{formatDate(x.openedOn, lang)}</FactLine>
          <Box>
            <Typography variant="body2" sx={{ fontWeight: 700, mb: 0.5 }}>
              {t.services}
            </Typography>
            <Box sx={{ display: "flex", gap: 0.75, flexWrap: "wrap" }}>
              {x.serviceCategories.map((c) => (
                <Chip key={c} size="small" label={ServiceCategory.label(c, lang)} />
              ))}
            </Box>
          </Box>
        </FactsCard>
      )}
    </CarrierDetailPage>
  );
}
