import { Link as RouterLink } from "react-router";
import Box from "@mui/material/Box";
import ButtonBase from "@mui/material/ButtonBase";
import Card from "@mui/material/Card";
import Container from "@mui/material/Container";
import Skeleton from "@mui/material/Skeleton";
import Typography from "@mui/material/Typography";
import ChevronRight from "@mui/icons-material/ChevronRight";
import { TownKind } from "@qifu/domain";
import { ChartCard, ErrorState, formatNumber, messageOf } from "@qifu/ui";
import { useNetworkPublic } from "./context";
import { KindChart } from "./lazy-charts";
import { mainKinds } from "./kind-style";
import { KindDots } from "./network-diagram";
import { PageHeader } from "./page-header";
import { directoryHref } from "./paths";
import { useOverview, useTownUnits } from "./queries";
import { TownMap } from "./town-map";

/** 服务网络: where the nodes are, town by town. */
export function NetworkPage() {
  const { t, lang } = useNetworkPublic();
  const overview = useOverview();
  const units = useTownUnits();
  const o = overview.data;

  return (
    <Container maxWidth="lg" sx={{ py: { xs: 2, md: 4 } }}>
      <PageHeader title={t.mapPageTitle} intro={t.mapPageIntro} />
      {overview.isError ? (
        <Card>
          <ErrorState message={messageOf(overview.error, lang)} onRetry={() => overview.refetch()} />
        </Card>
      ) : (
        <>
          <Box
            sx={{
              display: "grid",
              gap: 2,
              gridTemplateColumns: { xs: "minmax(0, 1fr)", md: "minmax(0, 7fr) minmax(0, 5fr)" },
              alignItems: "start",
            }}
          >
            {/* The wrapper keeps the card its own height instead of the row's (ChartCard fills its parent). */}
            <Box>
              <ChartCard title={t.mapTitle} subtitle={t.mapSubtitle} loading={overview.isPending || units.isPending} height={360}>
                <Box sx={{ px: 1 }}>
                  <TownMap overview={o} units={units.data?.data} maxHeight={560} />
                </Box>
              </ChartCard>
            </Box>
            <Card>
              <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, px: 2.5, pt: 2, pb: 1 }}>
                {t.townTableTitle}
              </Typography>
              <Box component="ul" sx={{ listStyle: "none", m: 0, p: 0 }}>
                {overview.isPending
                  ? Array.from({ length: 12 }, (_, i) => (
                      <li key={i}>
                        <Skeleton height={56} sx={{ mx: 2.5 }} />
                      </li>
                    ))
                  : o?.towns.map((town) => (
                      <li key={town.id}>
                        <ButtonBase
                          component={RouterLink}
                          to={directoryHref({ town: town.id })}
                          sx={{
                            width: "100%",
                            display: "flex",
                            alignItems: "center",
                            gap: 1.5,
                            px: 2.5,
                            py: 1,
                            minHeight: 56,
                            textAlign: "left",
                            borderTop: "1px solid",
                            borderColor: "divider",
                            "&:hover": { bgcolor: "action.hover" },
                          }}
                        >
                          <Box sx={{ flex: 1, minWidth: 0 }}>
                            <Typography sx={{ fontWeight: 600 }}>
                              {town.name}
                              <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                                {TownKind.label(town.kind, lang)}
                              </Typography>
                            </Typography>
                            <KindDots kinds={mainKinds(town.kinds).map((k) => k.kind)} />
                          </Box>
                          <Box sx={{ textAlign: "right", flexShrink: 0 }}>
                            <Typography component="span" sx={{ fontWeight: 700, fontSize: "1.25rem", color: "primary.main" }}>
                              {formatNumber(town.activeNodes, lang)}
                            </Typography>
                            <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 0.5 }}>
                              {t.nodesInTown}
                            </Typography>
                          </Box>
                          <ChevronRight color="action" />
                        </ButtonBase>
                      </li>
                    ))}
              </Box>
            </Card>
          </Box>
          <Box sx={{ mt: 2 }}>
            <KindChart overview={o} loading={overview.isPending} />
          </Box>
        </>
      )}
    </Container>
  );
}
