import type { ReactNode } from "react";
import { EditButton, ListButton, Show, TopToolbar, useRecordContext, useTranslate } from "react-admin";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import Chip from "@mui/material/Chip";
import Typography from "@mui/material/Typography";
import { industryLabel, industrySection, sizeIndustryOf, SIZE_RULES } from "@qifu/domain";
import { formatDate, formatDateTime, formatNumber, formatWan } from "@qifu/ui";
import type { TEnterprise } from "../schemas";
import { useLang } from "./i18n";
import { SizeChip, TierChip } from "./parts";

const dash = (
  <Box component="span" sx={{ color: "text.disabled" }}>
    —
  </Box>
);

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box sx={{ display: "grid", gridTemplateColumns: "128px minmax(0, 1fr)", gap: 1.5, py: 0.75, alignItems: "baseline" }}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Box sx={{ typography: "body2", minWidth: 0, wordBreak: "break-word" }}>{children}</Box>
    </Box>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card sx={{ p: { xs: 2, sm: 2.5 } }}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1.5 }}>
        {title}
      </Typography>
      {children}
    </Card>
  );
}

function Profile() {
  const r = useRecordContext<TEnterprise>();
  const translate = useTranslate();
  const lang = useLang();
  if (!r) return null;
  const t = (f: string) => translate(`resources.enterprises.fields.${f}`);
  const rule = sizeIndustryOf(r.industryCode);
  const num = (n: number | null, unit: string) => (n == null ? dash : `${formatNumber(n, lang)} ${unit}`);
  return (
    <Box sx={{ p: { xs: 2, sm: 3 }, display: "flex", flexDirection: "column", gap: 2.5 }}>
      <Box>
        <Typography variant="h5" component="h2" sx={{ mb: 1 }}>
          {r.name}
        </Typography>
        <Box sx={{ display: "flex", gap: 1, alignItems: "center", flexWrap: "wrap", color: "text.secondary" }}>
          <Box component="span" sx={{ fontFamily: "monospace", letterSpacing: 1 }}>
            {r.creditCode}
          </Box>
          <SizeChip size={r.sizeClass} lang={lang} none={translate("enterprises.size_none")} />
          <TierChip tier={r.tier} lang={lang} />
          {r.townName && (
            <Typography variant="body2" component="span">
              · {r.townName}
            </Typography>
          )}
        </Box>
      </Box>
      <Box sx={{ display: "grid", gap: 2.5, gridTemplateColumns: { xs: "1fr", lg: "minmax(0, 3fr) minmax(0, 2fr)" } }}>
        <Box sx={{ display: "flex", flexDirection: "column", gap: 2.5 }}>
          <Section title={translate("enterprises.section_basic")}>
            <Row label={t("industryCode")}>
              {r.industryCode ? `${industryLabel(r.industryCode, lang)}（${industrySection(r.industryCode)?.name[lang]}）` : dash}
            </Row>
            <Row label={t("townId")}>{r.townName ?? dash}</Row>
            <Row label={t("foundedOn")}>{r.foundedOn ? formatDate(r.foundedOn, lang) : dash}</Row>
            <Row label={t("tags")}>
              {r.tags.length ? r.tags.map((tag) => <Chip key={tag} size="small" label={tag} sx={{ mr: 0.5, mb: 0.5 }} />) : dash}
            </Row>
            <Row label={t("description")}>
              {r.description ? <Box sx={{ whiteSpace: "pre-wrap", lineHeight: 1.8 }}>{r.description}</Box> : dash}
            </Row>
          </Section>
          <Section title={translate("enterprises.section_scale")}>
            <Row label={t("employees")}>{num(r.employees, translate("enterprises.people"))}</Row>
            <Row label={t("revenue")}>{r.revenueWan == null ? dash : formatWan(r.revenueWan, lang)}</Row>
            <Row label={t("assets")}>{r.assetsWan == null ? dash : formatWan(r.assetsWan, lang)}</Row>
            <Row label={t("sizeClass")}>
              <SizeChip size={r.sizeClass} lang={lang} none={translate("enterprises.size_none")} />
              <Typography variant="caption" color="text.secondary" sx={{ display: "block", mt: 0.5 }}>
                {r.sizeClass
                  ? `${translate("enterprises.size_hint")}${rule ? ` · ${SIZE_RULES[rule].name[lang]}` : ""}`
                  : translate("enterprises.size_none_hint")}
              </Typography>
            </Row>
            <Row label={t("tier")}>
              <TierChip tier={r.tier} lang={lang} />
            </Row>
          </Section>
        </Box>
        <Box sx={{ display: "flex", flexDirection: "column", gap: 2.5 }}>
          <Section title={translate("enterprises.section_contact")}>
            <Row label={t("address")}>{r.address ?? dash}</Row>
            <Row label={t("contactName")}>{r.contactName ?? dash}</Row>
            <Row label={t("contactPhone")}>{r.contactPhone ?? dash}</Row>
            <Row label={t("contactEmail")}>{r.contactEmail ?? dash}</Row>
          </Section>
          <Section title={translate("enterprises.section_meta")}>
            <Row label={t("accountCount")}>
              {r.accountCount ? translate("enterprises.accounts_some") : translate("enterprises.accounts_none")}
            </Row>
            <Row label={t("createdAt")}>{formatDateTime(r.createdAt, lang)}</Row>
            <Row label={t("updatedAt")}>{formatDateTime(r.updatedAt, lang)}</Row>
          </Section>
        </Box>
      </Box>
    </Box>
  );
}

export function EnterpriseShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <ListButton />
          <EditButton />
        </TopToolbar>
      }
      sx={{ "& .RaShow-card": { bgcolor: "transparent", border: 0 } }}
    >
      <Profile />
    </Show>
  );
}
