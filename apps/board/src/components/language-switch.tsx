import { useTranslate } from "@refinedev/core";
import Button, { type ButtonProps } from "@mui/material/Button";
import Tooltip from "@mui/material/Tooltip";
import TranslateOutlined from "@mui/icons-material/TranslateOutlined";
import { setLocale, useLocale } from "../i18n";

/** 中文 ⇄ English, remembered in this browser. */
export function LanguageSwitch({ sx }: { sx?: ButtonProps["sx"] }) {
  const t = useTranslate();
  const locale = useLocale();
  return (
    <Tooltip title={t("app.switchLanguage")}>
      <Button
        size="small"
        color="inherit"
        startIcon={<TranslateOutlined fontSize="small" />}
        onClick={() => setLocale(locale === "en" ? "zh-CN" : "en")}
        sx={{ color: "text.secondary", flexShrink: 0, textTransform: "none", ...sx }}
      >
        {t("app.switchTo")}
      </Button>
    </Tooltip>
  );
}
