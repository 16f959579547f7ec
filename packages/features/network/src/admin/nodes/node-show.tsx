import {
  DataTable,
  EditButton,
  Link,
  ListButton,
  Pagination,
  ReferenceManyField,
  Show,
  TopToolbar,
  useCreatePath,
  useRecordContext,
  useTranslate,
} from "react-admin";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import Chip from "@mui/material/Chip";
import MuiLink from "@mui/material/Link";
import Typography from "@mui/material/Typography";
import PlaceOutlined from "@mui/icons-material/PlaceOutlined";
import { NodeKind } from "@qifu/domain";
import { EmptyState, formatDate, formatDateTime, formatNumber } from "@qifu/ui";
import type { TNode } from "../../schemas";
import { CategoryChips, LevelChip, NodeStatusChip } from "../chips";
import { useLang } from "../i18n";
import { InfoCard, InfoRow, useRole } from "../layout";

const field = (f: string) => `resources.nodes.fields.${f}`;
const dash = (
  <Box component="span" sx={{ color: "text.disabled" }}>
    —
  </Box>
);

function ShowActions() {
  return (
    <TopToolbar>
      <ListButton />
      <EditButton />
    </TopToolbar>
  );
}

function ChildNodes() {
  const translate = useTranslate();
  const lang = useLang();
  return (
    <ReferenceManyField
      reference="nodes"
      target="parentId"
      sort={{ field: "name", order: "ASC" }}
      perPage={10}
      pagination={<Pagination rowsPerPageOptions={[10]} />}
    >
      <DataTable rowClick="show" bulkActionButtons={false} empty={<EmptyState title={translate("network.nodes.no_children")} compact />}>
        <DataTable.Col source="name" />
        <DataTable.Col source="kind" render={(r: TNode) => NodeKind.label(r.kind, lang)} />
        <DataTable.Col source="townId" render={(r: TNode) => r.townName ?? "—"} />
        <DataTable.Col source="status" render={(r: TNode) => <NodeStatusChip status={r.status} lang={lang} />} />
      </DataTable>
    </ReferenceManyField>
  );
}

function NodeProfile() {
  const record = useRecordContext<TNode>();
  const translate = useTranslate();
  const lang = useLang();
  const role = useRole();
  const createPath = useCreatePath();
  if (!record) return null;
  const t = (f: string) => translate(field(f));
  // An operator cannot open nodes outside their own, so the parent is plain text for them.
  const parent = record.parentId ? (
    role === "NODE_OPERATOR" ? (
      record.parentName
    ) : (
      <Link to={createPath({ resource: "nodes", id: record.parentId, type: "show" })}>{record.parentName}</Link>
    )
  ) : (
    dash
  );

  return (
    <Box sx={{ p: { xs: 2, sm: 3 }, display: "flex", flexDirection: "column", gap: 2.5 }}>
      <Box sx={{ display: "flex", gap: 2, alignItems: "flex-start", flexWrap: "wrap" }}>
        <Box sx={{ flex: 1, minWidth: 280 }}>
          <Typography variant="h5" component="h2" sx={{ mb: 1 }}>
            {record.name}
          </Typography>
          <Box sx={{ display: "flex", gap: 1, alignItems: "center", flexWrap: "wrap", color: "text.secondary" }}>
            <Chip size="small" color="primary" label={NodeKind.label(record.kind, lang)} />
            <LevelChip level={record.recognitionLevel} lang={lang} />
            <NodeStatusChip status={record.status} lang={lang} />
            {record.townName && (
              <Typography variant="body2" component="span" sx={{ display: "inline-flex", alignItems: "center", gap: 0.25, ml: 1 }}>
                <PlaceOutlined fontSize="small" /> {record.townName}
              </Typography>
            )}
          </Box>
        </Box>
        <Box sx={{ display: "flex", gap: 3 }}>
          <Figure label={t("staffCount")} value={`${formatNumber(record.staffCount, lang)}`} unit={translate("network.nodes.staff_unit")} />
          <Figure
            label={t("linkedAt")}
            value={record.linkedAt ? formatDate(record.linkedAt, lang) : translate("network.nodes.linked_no")}
          />
        </Box>
      </Box>

      <Box sx={{ display: "grid", gap: 2.5, gridTemplateColumns: { xs: "1fr", lg: "minmax(0, 3fr) minmax(0, 2fr)" } }}>
        <Box sx={{ display: "flex", flexDirection: "column", gap: 2.5 }}>
          <InfoCard title={translate("network.nodes.section_basic")}>
            <InfoRow label={t("kind")}>{NodeKind.label(record.kind, lang)}</InfoRow>
            <InfoRow label={t("townId")}>{record.townName ?? dash}</InfoRow>
            <InfoRow label={t("parentId")}>{parent}</InfoRow>
            <InfoRow label={t("recognitionLevel")}>
              <LevelChip level={record.recognitionLevel} lang={lang} />
            </InfoRow>
            <InfoRow label={t("status")}>
              <NodeStatusChip status={record.status} lang={lang} />
            </InfoRow>
            <InfoRow label={t("linkedAt")}>
              {record.linkedAt ? formatDate(record.linkedAt, lang) : translate("network.nodes.linked_no")}
            </InfoRow>
          </InfoCard>
          <InfoCard title={translate("network.nodes.section_service")}>
            <InfoRow label={t("serviceCategories")}>
              {record.serviceCategories.length ? (
                <CategoryChips categories={record.serviceCategories} lang={lang} />
              ) : (
                <Box component="span" sx={{ color: "text.disabled" }}>
                  {translate("network.nodes.no_categories")}
                </Box>
              )}
            </InfoRow>
            <InfoRow label={t("description")}>
              {record.description ? (
                <Box sx={{ whiteSpace: "pre-wrap", lineHeight: 1.8 }}>{record.description}</Box>
              ) : (
                <Box component="span" sx={{ color: "text.disabled" }}>
                  {translate("network.nodes.no_description")}
                </Box>
              )}
            </InfoRow>
          </InfoCard>
        </Box>
        <Box sx={{ display: "flex", flexDirection: "column", gap: 2.5 }}>
          <InfoCard title={translate("network.nodes.section_contact")}>
            <InfoRow label={t("address")}>{record.address ?? dash}</InfoRow>
            <InfoRow label={translate("network.nodes.coordinates")}>
              {record.longitude != null && record.latitude != null ? `${record.longitude.toFixed(4)}, ${record.latitude.toFixed(4)}` : dash}
            </InfoRow>
            <InfoRow label={t("officePhone")}>{record.officePhone ?? dash}</InfoRow>
            <InfoRow label={t("contactName")}>{record.contactName ?? dash}</InfoRow>
            <InfoRow label={t("contactPhone")}>{record.contactPhone ?? dash}</InfoRow>
            <InfoRow label={t("contactEmail")}>
              {record.contactEmail ? <MuiLink href={`mailto:${record.contactEmail}`}>{record.contactEmail}</MuiLink> : dash}
            </InfoRow>
          </InfoCard>
          <InfoCard title={translate("network.nodes.section_meta")}>
            <InfoRow label={t("createdAt")}>{formatDateTime(record.createdAt, lang)}</InfoRow>
            <InfoRow label={t("updatedAt")}>{formatDateTime(record.updatedAt, lang)}</InfoRow>
          </InfoCard>
        </Box>
      </Box>

      <Card sx={{ p: { xs: 2, sm: 2.5 } }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1 }}>
          {translate("network.nodes.section_children")}
        </Typography>
        <ChildNodes />
      </Card>
    </Box>
  );
}

function Figure({ label, value, unit }: { label: string; value: string; unit?: string }) {
  return (
    <Box sx={{ textAlign: "right" }}>
      <Typography variant="caption" color="text.secondary" sx={{ display: "block" }}>
        {label}
      </Typography>
      <Typography component="span" sx={{ fontSize: "1.25rem", fontWeight: 700, fontVariantNumeric: "tabular-nums" }}>
        {value}
      </Typography>
      {unit && (
        <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 0.5 }}>
          {unit}
        </Typography>
      )}
    </Box>
  );
}

export function NodeShow() {
  return (
    <Show actions={<ShowActions />} sx={{ "& .RaShow-card": { bgcolor: "transparent", border: 0 } }}>
      <NodeProfile />
    </Show>
  );
}
