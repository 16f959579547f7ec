import { useState } from "react";
import {
  ArrayInput,
  AutocompleteInput,
  DataTable,
  DateInput,
  List,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  Title,
  required,
  useGetList,
  useRefresh,
  useShowController,
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
import Link from "@mui/material/Link";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { LoadingState, messageOf } from "@qifu/ui";
import { CreatePage, EditPage } from "@qifu/ui/admin";
import type { TCategory, TVisitLog } from "../schemas";
import { useLang } from "./common";
import { api, useRpc, useRpcQuery } from "./rpc";

/** Assign a commissioner to an enterprise: a picker of COMMISSIONER accounts and an enterprise search. */
export function AssignmentCreate() {
  const commissioners = useRpcQuery(api.visitLogs.commissioners);
  const lang = useLang();
  return (
    <CreatePage redirect="list" maxWidth={720}>
      <SelectInput
        source="commissionerId"
        validate={required()}
        fullWidth
        isLoading={commissioners.isPending}
        choices={(commissioners.data ?? []).map((c) => ({
          id: c.id,
          name: `${c.displayName}（${c.username}，${lang === "zh" ? `已联系 ${c.enterprises} 家` : `${c.enterprises} enterprises`}）`,
        }))}
      />
      <ReferenceInput source="enterpriseId" reference="enterprises">
        <AutocompleteInput optionText="name" validate={required()} fullWidth />
      </ReferenceInput>
    </CreatePage>
  );
}

// ---------------------------------------------------------------- visit logs

export function VisitLogList() {
  return (
    <List exporter={false} sort={{ field: "visitedOn", order: "DESC" }} perPage={25}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="visitedOn" />
        <DataTable.Col source="enterpriseName" disableSort />
        <DataTable.Col source="commissionerName" disableSort />
        <DataTable.Col source="peopleMet" disableSort />
        <DataTable.Col
          source="issues"
          disableSort
          render={(v: TVisitLog) => `${v.issues.filter((i) => i.appealId).length} / ${v.issues.length}`}
        />
      </DataTable>
    </List>
  );
}

export function VisitLogCreate() {
  const translate = useTranslate();
  const assignments = useGetList<{ id: string; enterpriseId: string; enterpriseName: string }>("commissionerAssignments", {
    pagination: { page: 1, perPage: 200 },
  });
  return (
    <CreatePage redirect="show" maxWidth={900}>
      <Alert severity="info" sx={{ mb: 2, width: "100%" }}>
        {translate("appeals.visit_hint")}
      </Alert>
      <SelectInput
        source="enterpriseId"
        validate={required()}
        fullWidth
        choices={(assignments.data ?? []).map((a) => ({ id: a.enterpriseId, name: a.enterpriseName }))}
      />
      <DateInput source="visitedOn" validate={required()} />
      <TextInput source="peopleMet" validate={required()} fullWidth />
      <TextInput source="summary" multiline minRows={3} fullWidth />
      <ArrayInput source="issues">
        <SimpleFormIterator inline disableReordering>
          <TextInput source="text" validate={required()} fullWidth sx={{ minWidth: 360 }} />
        </SimpleFormIterator>
      </ArrayInput>
    </CreatePage>
  );
}

export function VisitLogEdit() {
  return (
    <EditPage maxWidth={900}>
      <DateInput source="visitedOn" validate={required()} />
      <TextInput source="peopleMet" validate={required()} fullWidth />
      <TextInput source="summary" multiline minRows={3} fullWidth />
    </EditPage>
  );
}

function ToAppealDialog({ issueId, onClose }: { issueId: string; onClose: () => void }) {
  const rpc = useRpc();
  const lang = useLang();
  const translate = useTranslate();
  const refresh = useRefresh();
  const categories = useGetList<TCategory>("appealCategories", {
    pagination: { page: 1, perPage: 100 },
    sort: { field: "sortOrder", order: "ASC" },
    filter: { active: true },
  });
  const [categoryId, setCategoryId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit() {
    setBusy(true);
    setError(null);
    try {
      await rpc.visitLogs.issueToAppeal.mutate({ issueId, categoryId });
      refresh();
      onClose();
    } catch (err) {
      setError(messageOf(err, lang));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs">
      <DialogTitle>{translate("appeals.to_appeal")}</DialogTitle>
      <DialogContent sx={{ display: "flex", flexDirection: "column", gap: 2, pt: "8px !important" }}>
        {error && <Alert severity="error">{error}</Alert>}
        <TextField
          select
          required
          label={translate("resources.appeals.fields.categoryId")}
          value={categoryId}
          onChange={(e) => setCategoryId(e.target.value)}
        >
          {(categories.data ?? []).map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {lang === "zh" ? c.name : c.nameEn}
            </MenuItem>
          ))}
        </TextField>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate("appeals.cancel")}</Button>
        <Button variant="contained" disabled={busy || !categoryId} onClick={submit}>
          {translate("appeals.submit")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** One visit: who was met, what was raised; each issue turns into an appeal with one click. */
export function VisitLogShow() {
  const { record, isPending, error } = useShowController<TVisitLog>();
  const translate = useTranslate();
  const lang = useLang();
  const [issue, setIssue] = useState<string | null>(null);
  if (isPending) return <LoadingState />;
  if (error || !record)
    return (
      <Alert severity="error" sx={{ m: 2 }}>
        {messageOf(error, lang)}
      </Alert>
    );
  const f = (k: string) => translate(`resources.visitLogs.fields.${k}`);
  return (
    <Box sx={{ mt: 2, display: "flex", flexDirection: "column", gap: 2, maxWidth: 900 }}>
      <Title title={`${translate("appeals.menu_visits")} ${record.visitedOn}`} />
      <Card sx={{ p: 2.5 }}>
        <Typography variant="h6" component="h1">
          {record.enterpriseName}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {record.visitedOn} · {record.commissionerName}
        </Typography>
        <Typography variant="body2" sx={{ mt: 1.5 }}>
          {f("peopleMet")}：{record.peopleMet}
        </Typography>
        {record.summary && (
          <Typography variant="body2" sx={{ mt: 1, whiteSpace: "pre-wrap" }}>
            {record.summary}
          </Typography>
        )}
      </Card>
      <Card sx={{ p: 2.5 }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
          {f("issues")}
        </Typography>
        {record.issues.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            {translate("appeals.none")}
          </Typography>
        )}
        {record.issues.map((i, n) => (
          <Box
            key={i.id}
            sx={{
              display: "flex",
              alignItems: "center",
              gap: 2,
              py: 1,
              borderTop: n ? "1px solid" : "none",
              borderColor: "divider",
              flexWrap: "wrap",
            }}
          >
            <Typography variant="body2" sx={{ flex: 1, minWidth: 200 }}>
              {i.text}
            </Typography>
            {i.appealId ? (
              <Link href={`#/appeals/${i.appealId}/show`} underline="hover">
                {translate("appeals.to_appeal_done")} {i.appealNumber}
              </Link>
            ) : (
              <Button size="small" variant="outlined" onClick={() => setIssue(i.id)}>
                {translate("appeals.to_appeal")}
              </Button>
            )}
          </Box>
        ))}
      </Card>
      {issue && <ToAppealDialog issueId={issue} onClose={() => setIssue(null)} />}
    </Box>
  );
}

// ---------------------------------------------------------------- assessment weights

export function WeightsList() {
  const translate = useTranslate();
  return (
    <List exporter={false} sort={{ field: "period", order: "DESC" }}>
      <Alert severity="info" sx={{ m: 1 }}>
        {translate("appeals.period_hint")}
      </Alert>
      <DataTable rowClick="edit" bulkActionButtons={false}>
        <DataTable.Col source="period" />
        <DataTable.Col source="responseTime" disableSort />
        <DataTable.Col source="onTime" disableSort />
        <DataTable.Col source="resolution" disableSort />
        <DataTable.Col source="satisfaction" disableSort />
        <DataTable.Col source="reopen" disableSort />
        <DataTable.Col source="bonus" disableSort />
        <DataTable.Col source="hardBonePoints" disableSort />
        <DataTable.Col source="minCases" disableSort />
      </DataTable>
    </List>
  );
}

function WeightInputs() {
  return (
    <>
      <Box sx={{ display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", sm: "repeat(3, minmax(0, 1fr))" }, width: "100%" }}>
        {["responseTime", "onTime", "resolution", "satisfaction", "reopen", "bonus"].map((k) => (
          <NumberInput key={k} source={k} validate={required()} step={0.05} />
        ))}
      </Box>
      <NumberInput source="hardBonePoints" validate={required()} />
      <NumberInput source="responseZeroHours" validate={required()} />
      <NumberInput source="minCases" validate={required()} min={0} step={1} helperText="appeals.min_cases_hint" />
    </>
  );
}

export function WeightsCreate() {
  const translate = useTranslate();
  return (
    <CreatePage redirect="list" maxWidth={900}>
      <Alert severity="info" sx={{ mb: 2, width: "100%" }}>
        {translate("appeals.period_hint")}
      </Alert>
      <TextInput source="period" validate={required()} />
      <WeightInputs />
    </CreatePage>
  );
}
export function WeightsEdit() {
  return (
    <EditPage redirect="list" maxWidth={900}>
      <TextInput source="period" validate={required()} />
      <WeightInputs />
    </EditPage>
  );
}
