import { useState, type ReactNode } from "react";
import {
  CreateButton,
  DataTable,
  EditButton,
  FilterButton,
  List,
  ListButton,
  ReferenceInput,
  SearchInput,
  SelectInput,
  Show,
  TopToolbar,
  useGetIdentity,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from "react-admin";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { ServiceCategory, type TRole } from "@qifu/domain";
import { CreatePage, EditPage, mutateAt, type TInputOf } from "@qifu/ui/admin";
import { EmptyState, formatDateTime, formatFen, LabelRow, messageOf, StatusChip, type StatusTone } from "@qifu/ui";
import { ProductStatus, ServiceChannel, type TProduct, type TProductStatus } from "../schemas";
import { MatchingEnterprises } from "./matching-enterprises";
import { ProductInputs, stepsToList } from "./product-inputs";
import { useLang, useRole, type TLang } from "./i18n";
import { api, useRpc } from "./rpc";

const TONE: Record<TProductStatus, StatusTone> = { DRAFT: "default", SUBMITTED: "warning", PUBLISHED: "success", WITHDRAWN: "danger" };
export const StatusOf = ({ status, lang }: { status: TProductStatus; lang: TLang }) => (
  <StatusChip label={ProductStatus.label(status, lang)} tone={TONE[status]} />
);

/** "免费" or "800 元 / 批次". */
export function feeText(p: Pick<TProduct, "feeFree" | "feeAmountFen" | "feeUnit">, lang: TLang, free: string) {
  return p.feeFree || p.feeAmountFen == null ? free : `${formatFen(p.feeAmountFen, lang)} / ${p.feeUnit ?? ""}`;
}

export function ProductList() {
  const lang = useLang();
  const translate = useTranslate();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate("catalogue.search")} sx={{ minWidth: 240 }} />,
    <SelectInput key="status" source="status" choices={ProductStatus.choices(lang)} alwaysOn sx={{ minWidth: 120 }} />,
    <SelectInput key="category" source="category" choices={ServiceCategory.choices(lang)} alwaysOn sx={{ minWidth: 140 }} />,
    <ReferenceInput key="townId" source="townId" reference="towns" sort={{ field: "sortOrder", order: "ASC" }} perPage={100}>
      <SelectInput optionText="name" label="resources.serviceProducts.fields.townId" />
    </ReferenceInput>,
    <SelectInput key="channel" source="channel" choices={ServiceChannel.choices(lang)} />,
  ];
  return (
    <List
      exporter={false}
      filters={filters}
      actions={
        <TopToolbar>
          <FilterButton />
          <CreateButton />
        </TopToolbar>
      }
      sort={{ field: "updatedAt", order: "DESC" }}
      empty={
        <EmptyState
          title={translate("catalogue.empty_title")}
          description={translate("catalogue.empty_description")}
          action={<CreateButton variant="contained" />}
        />
      }
    >
      <DataTable rowClick="show" bulkActionButtons={false} sx={{ "& .MuiTableCell-head": { whiteSpace: "nowrap" } }}>
        <DataTable.Col source="title" render={(r: TProduct) => <Box sx={{ fontWeight: 500, maxWidth: 360 }}>{r.title}</Box>} />
        <DataTable.Col source="category" render={(r: TProduct) => ServiceCategory.label(r.category, lang)} />
        <DataTable.Col source="nodeId" render={(r: TProduct) => <Box sx={{ maxWidth: 240 }}>{r.nodeName}</Box>} />
        <DataTable.Col
          source="fee"
          disableSort
          sx={{ whiteSpace: "nowrap" }}
          render={(r: TProduct) => feeText(r, lang, translate("catalogue.free"))}
        />
        <DataTable.NumberCol source="timeLimitDays" />
        <DataTable.Col source="status" render={(r: TProduct) => <StatusOf status={r.status} lang={lang} />} />
        <DataTable.Col source="updatedAt" render={(r: TProduct) => formatDateTime(r.updatedAt, lang)} />
      </DataTable>
    </List>
  );
}

export function ProductCreate() {
  const { identity } = useGetIdentity();
  // an operator's product is its own node's (the server enforces it; the form fills it in)
  const transform = (data: Record<string, unknown>) => stepsToList({ ...data, nodeId: data.nodeId ?? identity?.nodeId });
  return (
    <CreatePage transform={transform}>
      <ProductInputs />
    </CreatePage>
  );
}

export function ProductEdit() {
  return (
    <EditPage transform={stepsToList}>
      <ProductInputs />
    </EditPage>
  );
}

/** The review steps of a product, by procedure name (a renamed procedure fails the typecheck). */
type TReviewStep = "submit" | "withdraw" | "approve" | "reject";

/** The workflow buttons the caller may use for the product's status; the server checks again. */
function WorkflowButtons() {
  const p = useRecordContext<TProduct>();
  const role = useRole();
  const rpc = useRpc();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const lang = useLang();
  const [dialog, setDialog] = useState<null | "approve" | "reject">(null);
  const [note, setNote] = useState("");
  if (!p) return null;
  const reviewer = (["DISTRICT_ADMIN", "TOWN_ADMIN"] as (TRole | undefined)[]).includes(role);
  const run = async (action: TReviewStep, extra: { note?: string } = {}) => {
    try {
      await mutateAt(rpc, api.catalogue[action], { id: p.id, ...extra } as TInputOf<(typeof api.catalogue)[TReviewStep]>);
      notify(translate("catalogue.done"), { type: "success" });
      setDialog(null);
      setNote("");
      refresh();
    } catch (e) {
      notify(e instanceof Error ? e.message : messageOf(e, lang), { type: "error" });
    }
  };
  return (
    <>
      {(p.status === "DRAFT" || p.status === "WITHDRAWN") && (
        <Button size="small" variant="contained" onClick={() => run("submit")}>
          {translate("catalogue.submit")}
        </Button>
      )}
      {p.status === "SUBMITTED" && reviewer && (
        <>
          <Button size="small" variant="contained" onClick={() => setDialog("approve")}>
            {translate("catalogue.approve")}
          </Button>
          <Button size="small" color="error" onClick={() => setDialog("reject")}>
            {translate("catalogue.reject")}
          </Button>
        </>
      )}
      {(p.status === "SUBMITTED" || p.status === "PUBLISHED") && (
        <Button size="small" color="warning" onClick={() => run("withdraw")}>
          {translate("catalogue.withdraw")}
        </Button>
      )}
      <Dialog open={dialog !== null} onClose={() => setDialog(null)} maxWidth="sm" fullWidth>
        <DialogTitle>{translate(dialog === "reject" ? "catalogue.reject" : "catalogue.approve")}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" sx={{ mb: 2 }}>
            {p.title}
          </Typography>
          <TextField
            label={translate(dialog === "reject" ? "catalogue.reason" : "catalogue.note")}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            fullWidth
            multiline
            minRows={2}
            required={dialog === "reject"}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setDialog(null)}>{translate("catalogue.cancel")}</Button>
          <Button
            variant="contained"
            color={dialog === "reject" ? "error" : "primary"}
            disabled={dialog === "reject" && note.trim().length < 2}
            onClick={() => run(dialog!, note.trim() ? { note: note.trim() } : {})}
          >
            {translate(dialog === "reject" ? "catalogue.reject" : "catalogue.approve")}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <LabelRow label={label} labelWidth={150} gap={1.5} valueSx={{ whiteSpace: "pre-wrap", lineHeight: 1.8 }}>
      {children}
    </LabelRow>
  );
}

function ProductProfile() {
  const p = useRecordContext<TProduct>();
  const translate = useTranslate();
  const lang = useLang();
  if (!p) return null;
  const t = (f: string) => translate(`resources.serviceProducts.fields.${f}`);
  return (
    <Box sx={{ p: { xs: 2, sm: 3 }, display: "flex", flexDirection: "column", gap: 2 }}>
      <Box>
        <Typography variant="h5" component="h2" sx={{ mb: 1 }}>
          {p.title}
        </Typography>
        <Box sx={{ display: "flex", gap: 1, alignItems: "center", flexWrap: "wrap", color: "text.secondary" }}>
          <StatusOf status={p.status} lang={lang} />
          <span>{ServiceCategory.label(p.category, lang)}</span>
          <span>· {p.nodeName}</span>
          {p.townName && <span>· {p.townName}</span>}
        </Box>
      </Box>
      {p.status === "SUBMITTED" && <Alert severity="warning">{translate("catalogue.review_hint")}</Alert>}
      {p.reviewNote && <Alert severity={p.status === "DRAFT" ? "error" : "info"}>{`${t("reviewNote")}：${p.reviewNote}`}</Alert>}
      <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap" }}>
        <WorkflowButtons />
      </Box>
      <Card sx={{ p: { xs: 2, sm: 2.5 } }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1 }}>
          {translate("catalogue.section_five")}
        </Typography>
        <Row label={t("content")}>{p.content}</Row>
        <Row label={t("processSteps")}>
          <Box component="ol" sx={{ m: 0, pl: 2.5 }}>
            {p.processSteps.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </Box>
        </Row>
        <Row label={t("standard")}>{p.standard}</Row>
        <Row label={t("fee")}>{feeText(p, lang, translate("catalogue.free"))}</Row>
        <Row label={t("timeLimitDays")}>{`${p.timeLimitDays} ${translate("catalogue.days")}`}</Row>
      </Card>
      <Card sx={{ p: { xs: 2, sm: 2.5 } }}>
        <Row label={t("channel")}>{ServiceChannel.label(p.channel, lang)}</Row>
        <Row label={t("targetEnterprises")}>{p.targetEnterprises ?? "—"}</Row>
        <Row label={t("contactName")}>{[p.contactName, p.contactPhone].filter(Boolean).join(" ") || "—"}</Row>
        <Row label={t("publishedAt")}>{formatDateTime(p.publishedAt, lang)}</Row>
      </Card>
      <MatchingEnterprises />
    </Box>
  );
}

export function ProductShow() {
  const record = useRecordContext<TProduct>();
  return (
    <Show
      actions={
        <TopToolbar>
          <ListButton />
          <EditButton disabled={record?.status === "SUBMITTED" || record?.status === "PUBLISHED"} />
        </TopToolbar>
      }
      sx={{ "& .RaShow-card": { bgcolor: "transparent", border: 0 } }}
    >
      <ProductProfile />
    </Show>
  );
}
