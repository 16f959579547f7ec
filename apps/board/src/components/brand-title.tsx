import { useLink, useTranslate, type TitleProps } from "@refinedev/core";
import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import { BrandMark } from "./brand-mark";

/** The sider's title: the mark, and the board's name on two lines (it is long for 240px). */
export function BrandTitle({ collapsed }: TitleProps) {
  const t = useTranslate();
  const Link = useLink();
  return (
    <Link to="/" style={{ textDecoration: "none", color: "inherit", minWidth: 0 }}>
      <Box sx={{ display: "flex", alignItems: "center", gap: 1.25, minWidth: 0 }}>
        <BrandMark size={32} />
        {!collapsed && (
          <Box sx={{ minWidth: 0, lineHeight: 1.2 }}>
            <Typography sx={{ fontSize: 12, color: "text.secondary", whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" }}>
              {t("app.orgShort")}
            </Typography>
            <Typography sx={{ fontSize: 16, fontWeight: 700, color: "text.primary", whiteSpace: "nowrap" }}>{t("app.board")}</Typography>
          </Box>
        )}
      </Box>
    </Link>
  );
}
