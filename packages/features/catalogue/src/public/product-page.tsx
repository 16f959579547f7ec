import type { ReactNode } from "react";
import { Link as RouterLink, useParams } from "react-router";
import { useQuery } from "@tanstack/react-query";
import Box from "@mui/material/Box";
import Breadcrumbs from "@mui/material/Breadcrumbs";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import Chip from "@mui/material/Chip";
import Container from "@mui/material/Container";
import Link from "@mui/material/Link";
import Typography from "@mui/material/Typography";
import { ServiceCategory } from "@qifu/domain";
import { EmptyState, formatDate, LoadingState } from "@qifu/ui";
import { ServiceChannel } from "../schemas";
import { cataloguePaths, feeLabel } from "./catalogue-page";
import { useCataloguePublic } from "./context";

function Public({ n, title, children }: { n: number; title: string; children: ReactNode }) {
  return (
    <Box
      component="section"
      sx={{
        display: "grid",
        gridTemplateColumns: { xs: "1fr", sm: "140px minmax(0, 1fr)" },
        gap: { xs: 0.5, sm: 2 },
        py: 2,
        borderBottom: "1px solid",
        borderColor: "divider",
      }}
    >
      <Typography component="h2" sx={{ fontWeight: 700, color: "primary.dark", display: "flex", gap: 1, alignItems: "baseline" }}>
        <Box
          component="span"
          sx={{
            width: 22,
            height: 22,
            borderRadius: "50%",
            bgcolor: "primary.main",
            color: "#fff",
            fontSize: 13,
            display: "inline-flex",
            alignItems: "center",
            justifyContent: "center",
            flexShrink: 0,
          }}
        >
          {n}
        </Box>
        {title}
      </Typography>
      <Box sx={{ typography: "body1", lineHeight: 1.8, whiteSpace: "pre-wrap", minWidth: 0 }}>{children}</Box>
    </Box>
  );
}

/** One product with its five publics: content, process, standard, fee, time limit. */
export function ProductPage() {
  const { id = "" } = useParams();
  const { client, t, lang, productAction: ProductAction } = useCataloguePublic();
  const q = useQuery({ queryKey: ["catalogue.product", { id }], queryFn: () => client.catalogue.product.query({ id }), retry: false });
  if (q.isPending) return <LoadingState />;
  if (q.isError)
    return (
      <Container maxWidth="md" sx={{ py: 4 }}>
        <Card>
          <EmptyState
            title={t.notFound}
            action={
              <Button component={RouterLink} to={cataloguePaths.catalogue}>
                {t.back}
              </Button>
            }
          />
        </Card>
      </Container>
    );
  const p = q.data;
  return (
    <Container maxWidth="md" sx={{ py: { xs: 2, md: 4 } }}>
      <Breadcrumbs sx={{ mb: 1.5 }}>
        <Link component={RouterLink} to={cataloguePaths.catalogue} underline="hover">
          {t.nav}
        </Link>
        <Typography color="text.secondary">{ServiceCategory.label(p.category, lang)}</Typography>
      </Breadcrumbs>
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: "1.5rem", md: "2rem" }, lineHeight: 1.35, wordBreak: "break-word" }}>
        {p.title}
      </Typography>
      <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", mt: 1.5, mb: 2 }}>
        <Chip label={ServiceCategory.label(p.category, lang)} color="primary" size="small" />
        <Chip label={feeLabel(p, lang, t)} color={p.feeFree ? "success" : "default"} variant="outlined" size="small" />
        <Chip label={ServiceChannel.label(p.channel, lang)} variant="outlined" size="small" />
      </Box>
      {ProductAction && (
        <Box sx={{ mb: 2 }}>
          <ProductAction product={p} />
        </Box>
      )}
      <Card sx={{ px: { xs: 2, sm: 3 }, pb: 1, mb: 2 }}>
        <Typography variant="overline" color="text.secondary" sx={{ display: "block", pt: 1.5 }}>
          {t.five}
        </Typography>
        <Public n={1} title={t.content}>
          {p.content}
        </Public>
        <Public n={2} title={t.process}>
          <Box component="ol" sx={{ m: 0, pl: 2.5 }}>
            {p.processSteps.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </Box>
        </Public>
        <Public n={3} title={t.standard}>
          {p.standard}
        </Public>
        <Public n={4} title={t.fee}>
          {feeLabel(p, lang, t)}
        </Public>
        <Public n={5} title={t.timeLimit}>
          {t.days(p.timeLimitDays)}
        </Public>
      </Card>
      <Card sx={{ p: { xs: 2, sm: 3 }, display: "grid", gap: 1.25 }}>
        <Typography variant="body2">
          <Box component="span" sx={{ color: "text.secondary", mr: 1 }}>
            {t.provider}
          </Box>
          <Link component={RouterLink} to={`/nodes/${encodeURIComponent(p.nodeId)}`}>
            {p.nodeName}
          </Link>
          {p.townName ? ` · ${p.townName}` : ""}
        </Typography>
        {p.targetEnterprises && (
          <Typography variant="body2">
            <Box component="span" sx={{ color: "text.secondary", mr: 1 }}>
              {t.target}
            </Box>
            {p.targetEnterprises}
          </Typography>
        )}
        {(p.contactName || p.contactPhone) && (
          <Typography variant="body2">
            <Box component="span" sx={{ color: "text.secondary", mr: 1 }}>
              {t.contact}
            </Box>
            {[p.contactName, p.contactPhone].filter(Boolean).join(" ")}
          </Typography>
        )}
        {p.publishedAt && (
          <Typography variant="body2">
            <Box component="span" sx={{ color: "text.secondary", mr: 1 }}>
              {t.publishedAt}
            </Box>
            {formatDate(p.publishedAt, lang)}
          </Typography>
        )}
        <Box sx={{ mt: 1 }}>
          <Button component={RouterLink} to={`${cataloguePaths.catalogue}?node=${encodeURIComponent(p.nodeId)}`} variant="outlined">
            {t.moreFromNode}
          </Button>
        </Box>
      </Card>
    </Container>
  );
}
