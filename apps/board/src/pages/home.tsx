import { useState } from "react";
import { useGetIdentity, useTranslate } from "@refinedev/core";
import Box from "@mui/material/Box";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { shanghaiYear } from "@qifu/domain";
import type { TIdentity } from "../auth-provider";
import { useHomeSections } from "../composition";

/** The years the selector offers: the plan's span around today. */
const FIRST_YEAR = 2023;

/**
 * The board's first page: each feature's sections (features.ts), in their order, under one
 * heading that names the scope the server applied (the district, or the admin's town).
 */
export function HomePage() {
  const t = useTranslate();
  const { data: me } = useGetIdentity<TIdentity>();
  const homeSections = useHomeSections();
  // figures are kept by Shanghai year, whatever the wall board's clock zone
  const thisYear = shanghaiYear(new Date());
  const [year, setYear] = useState(thisYear);
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i);
  // The server scopes the figures; the heading names that scope (a node, a town or the district).
  const title = me?.nodeName ? t("home.titleNode", { scope: me.nodeName }) : t("home.title", { scope: me?.townName ?? t("app.district") });

  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: 2.5, maxWidth: 1680, mx: "auto" }}>
      <Box sx={{ display: "flex", alignItems: { xs: "flex-start", sm: "flex-end" }, gap: 2, flexDirection: { xs: "column", sm: "row" } }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography variant="h5" component="h1" sx={{ fontWeight: 700 }}>
            {title}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            {t("home.subtitle")}
          </Typography>
        </Box>
        <TextField
          select
          size="small"
          label={t("home.year")}
          value={year}
          onChange={(e) => setYear(Number(e.target.value))}
          sx={{ minWidth: 140, bgcolor: "background.paper" }}
        >
          {years.map((y) => (
            <MenuItem key={y} value={y}>
              {t("home.yearOption", { year: y })}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      {homeSections.map(({ key, Component }) => (
        <Component key={key} year={year} />
      ))}
    </Box>
  );
}
