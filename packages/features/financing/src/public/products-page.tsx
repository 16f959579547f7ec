import { useState } from "react";
import { Link as RouterLink } from "react-router";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Container from "@mui/material/Container";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { SearchResults } from "@qifu/ui/public";
import { ProductKind } from "../schemas";
import { MY_NEEDS_PATH, useFinancingPublic } from "./context";
import { ProductCard } from "./product-card";

/** 融资对接: the published products, for anyone; an enterprise goes on to post a need. */
export function ProductsPage() {
  const { client, t, lang } = useFinancingPublic();
  const [q, setQ] = useState("");
  const [kind, setKind] = useState<"" | "LOAN" | "GUARANTEE">("");
  const result = useQuery({
    queryKey: ["financing", "products", q, kind],
    queryFn: () => client.financingProducts.publicList.query({ q: q || undefined, kind: kind || undefined, perPage: 60 }),
    placeholderData: keepPreviousData,
  });
  return (
    <Container maxWidth="lg" sx={{ py: 3, px: { xs: 1.5, sm: 3 } }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {t.title}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t.intro}
      </Typography>
      <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", mb: 1 }}>
        <TextField size="small" label={t.search} value={q} onChange={(e) => setQ(e.target.value)} sx={{ flex: "1 1 220px" }} />
        <TextField
          select
          size="small"
          label={t.allKinds}
          value={kind}
          onChange={(e) => setKind(e.target.value as typeof kind)}
          sx={{ minWidth: 140 }}
        >
          <MenuItem value="">{t.allKinds}</MenuItem>
          {ProductKind.choices(lang).map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {c.name}
            </MenuItem>
          ))}
        </TextField>
        <Button variant="contained" component={RouterLink} to={MY_NEEDS_PATH} sx={{ minHeight: 40 }}>
          {t.postCta}
        </Button>
      </Box>
      <SearchResults
        result={result}
        total={result.data?.total ?? 0}
        lang={lang}
        empty={{ title: t.empty, description: t.intro }}
        card={(p) => <ProductCard p={p} t={t} lang={lang} />}
        dimStale
      />
    </Container>
  );
}
