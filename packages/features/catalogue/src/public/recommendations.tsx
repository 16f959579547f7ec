import { Link as RouterLink } from "react-router";
import { useQuery } from "@tanstack/react-query";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import CardActionArea from "@mui/material/CardActionArea";
import Chip from "@mui/material/Chip";
import Typography from "@mui/material/Typography";
import { ServiceCategory } from "@qifu/domain";
import { EmptyState, ErrorState, LoadingState, messageOf } from "@qifu/ui";
import type { TRecommendation } from "../schemas";
import { cataloguePaths } from "./paths";
import { useCataloguePublic } from "./context";

/** How many recommendations the catalogue page shows, and how many reason chips per card. */
const SHOWN = 6;
const CHIPS = 3;

function RecommendationCard({ r }: { r: TRecommendation }) {
  const { lang } = useCataloguePublic();
  const p = r.product;
  return (
    <Card variant="outlined" sx={{ height: "100%" }}>
      <CardActionArea
        component={RouterLink}
        to={cataloguePaths.product(p.id)}
        data-testid="recommendation"
        sx={{ p: 2, height: "100%", display: "flex", flexDirection: "column", alignItems: "stretch", gap: 1 }}
      >
        <Typography variant="caption" color="text.secondary">
          {ServiceCategory.label(p.category, lang)} · {p.nodeName}
        </Typography>
        <Typography component="h3" sx={{ fontWeight: 700, fontSize: "1rem", lineHeight: 1.45 }}>
          {p.title}
        </Typography>
        <Box sx={{ display: "flex", gap: 0.75, flexWrap: "wrap" }} aria-label={lang === "zh" ? "推荐理由" : "Why"}>
          {r.reasons.slice(0, CHIPS).map((x) => (
            <Chip
              key={x.zh}
              size="small"
              color="success"
              variant="outlined"
              label={x[lang]}
              data-testid="reason-chip"
              sx={{ maxWidth: "100%" }}
            />
          ))}
          {r.concerns.slice(0, 1).map((x) => (
            <Chip key={x.zh} size="small" variant="outlined" label={x[lang]} sx={{ maxWidth: "100%", color: "text.secondary" }} />
          ))}
        </Box>
      </CardActionArea>
    </Card>
  );
}

/**
 * 为您推荐: the signed-in enterprise's best-fitting products (catalogue.recommendForMe, the
 * matching kit) with the reasons as chips. Shown only to a verified enterprise account; the
 * public and staff see the catalogue as before.
 */
export function RecommendedForYou() {
  const { client, t, lang } = useCataloguePublic();
  // the same key as the account gate's: one auth.me request for the page
  const me = useQuery({ queryKey: ["auth", "me"], queryFn: () => client.auth.me.query(), staleTime: 30_000 });
  const verified = me.data?.role === "ENTERPRISE" && !!me.data.enterpriseId;
  const recs = useQuery({
    queryKey: ["catalogue.recommendForMe", SHOWN],
    queryFn: () => client.catalogue.recommendForMe.query({ limit: SHOWN }),
    enabled: verified,
  });
  if (!verified) return null;
  let body;
  if (recs.isPending) body = <LoadingState label={t.forYouLoading} />;
  else if (recs.isError) body = <ErrorState message={messageOf(recs.error, lang)} onRetry={() => recs.refetch()} />;
  else if (recs.data.data.length === 0) body = <EmptyState compact title={t.forYouEmptyTitle} description={t.forYouEmptyHint} />;
  else
    body = (
      // a phone shows the first three, so the search stays near the top
      <Box
        component="ul"
        sx={{
          listStyle: "none",
          p: 0,
          m: 0,
          display: "grid",
          gap: 1.5,
          gridTemplateColumns: { xs: "minmax(0, 1fr)", sm: "repeat(2, minmax(0, 1fr))", lg: "repeat(3, minmax(0, 1fr))" },
          "& > li:nth-of-type(n+4)": { display: { xs: "none", sm: "list-item" } },
        }}
      >
        {recs.data.data.map((r) => (
          <li key={r.product.id}>
            <RecommendationCard r={r} />
          </li>
        ))}
      </Box>
    );
  return (
    <Card
      component="section"
      aria-labelledby="for-you-title"
      data-testid="for-you"
      sx={{ p: { xs: 1.5, sm: 2 }, mb: 2, borderTop: "3px solid", borderTopColor: "success.main" }}
    >
      <Typography id="for-you-title" component="h2" variant="h6" sx={{ fontWeight: 700 }}>
        {t.forYou}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t.forYouIntro}
      </Typography>
      {body}
    </Card>
  );
}
