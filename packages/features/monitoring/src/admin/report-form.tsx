import { useEffect, useMemo, useState } from "react";
import { Title, useNotify, useRedirect } from "react-admin";
import { useParams, useSearchParams } from "react-router";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import Chip from "@mui/material/Chip";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { EmptyState, ErrorState, fieldErrorsOf, LoadingState, messageOf, PageHeading } from "@qifu/ui";
import { useLang, type TLang } from "@qifu/ui/admin";
import { PrefillSource, REPORT_FORMS, type TReportDraft, type TReportField, type TReportValue } from "../schemas";
import { api, useRpcMutation, useRpcQuery } from "./rpc";
import { T } from "./text";
import { shanghaiDate } from "@qifu/domain";

const thisMonth = () => shanghaiDate(new Date()).slice(0, 7);

function FieldInput({
  field,
  value,
  onChange,
  prefill,
  error,
  lang,
}: {
  field: TReportField;
  value: TReportValue;
  onChange: (v: TReportValue) => void;
  prefill: TReportDraft["prefilled"][string] | undefined;
  error: string | undefined;
  lang: TLang;
}) {
  const label = `${field.label[lang]}${field.unit ? `（${field.unit[lang]}）` : ""}`;
  const changed = prefill !== undefined && value !== prefill.value;
  const helper =
    error ??
    (prefill
      ? `${T.prefilled[lang]}：${PrefillSource.labels[prefill.source][lang]}${changed ? `（${T.changedFrom[lang]} ${prefill.value}）` : ""}`
      : undefined);
  const common = { fullWidth: true, label, required: field.required, error: Boolean(error), helperText: helper, name: field.key };
  if (field.kind === "choice")
    return (
      <TextField select {...common} value={value ?? ""} onChange={(e) => onChange(e.target.value || null)}>
        {(field.choices ?? []).map((c) => (
          <MenuItem key={c.id} value={c.id}>
            {c.label[lang]}
          </MenuItem>
        ))}
      </TextField>
    );
  if (field.kind === "text")
    return <TextField {...common} multiline minRows={2} value={value ?? ""} onChange={(e) => onChange(e.target.value || null)} />;
  return (
    <TextField
      {...common}
      type="number"
      value={value ?? ""}
      onChange={(e) => onChange(e.target.value === "" ? null : Number(e.target.value))}
      slotProps={{
        htmlInput: { min: 0, max: field.max, step: 1, inputMode: "numeric" },
        formHelperText: prefill && !error ? { sx: { color: changed ? "warning.main" : "info.main" } } : undefined,
      }}
    />
  );
}

/** The form of one node's month: its kind's fields, prefilled where the platform knows the figure. */
function ReportForm({ draft, lang }: { draft: TReportDraft; lang: TLang }) {
  const notify = useNotify();
  const redirect = useRedirect();
  const [values, setValues] = useState(draft.values);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    setValues(draft.values);
    setErrors({});
  }, [draft]);
  const create = useRpcMutation(api.monthlyReports.create);
  const update = useRpcMutation(api.monthlyReports.update);
  const busy = create.isPending || update.isPending;
  const fields = REPORT_FORMS[draft.form].fields as TReportField[];
  const submit = async () => {
    try {
      if (draft.reportId) await update.mutateAsync({ id: draft.reportId, data: { values } });
      else await create.mutateAsync({ nodeId: draft.nodeId, month: draft.month, values });
      notify(T.saved[lang], { type: "success" });
      redirect("list", "monthlyReports");
    } catch (err) {
      const byPath = fieldErrorsOf(err, lang);
      setErrors(Object.fromEntries(Object.entries(byPath).map(([k, v]) => [k.replace(/^values\./, ""), v])));
      notify(messageOf(err, lang), { type: "error" });
    }
  };
  return (
    <Card sx={{ p: { xs: 1.5, sm: 2.5 }, display: "grid", gap: 2 }}>
      <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", alignItems: "center" }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
          {REPORT_FORMS[draft.form].label[lang]} · {draft.nodeName}
        </Typography>
        <Chip size="small" label={`${T.due[lang]} ${draft.dueOn}`} color={draft.lateIfFiledNow ? "warning" : "default"} />
      </Box>
      {draft.reportId ? (
        <Alert severity="info">{T.filed[lang]}</Alert>
      ) : (
        draft.lateIfFiledNow && <Alert severity="warning">{T.lateWarn[lang]}</Alert>
      )}
      <Box sx={{ display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", md: "1fr 1fr" } }}>
        {fields.map((f) => (
          <Box key={f.key} sx={{ gridColumn: f.kind === "text" ? { md: "1 / -1" } : undefined }}>
            <FieldInput
              field={f}
              value={values[f.key] ?? null}
              prefill={draft.prefilled[f.key]}
              error={errors[f.key]}
              lang={lang}
              onChange={(v) => setValues((old) => ({ ...old, [f.key]: v }))}
            />
          </Box>
        ))}
      </Box>
      <Box>
        <Button variant="contained" onClick={submit} disabled={busy} fullWidth sx={{ maxWidth: { md: 240 } }}>
          {draft.reportId ? T.save[lang] : T.submit[lang]}
        </Button>
      </Box>
    </Card>
  );
}

/** 填报月报: choose the node (town admins) and the month, then the prefilled form. `?nodeId=&month=` preselect. */
export function ReportFilePage({ initial }: { initial?: { nodeId: string; month: string } }) {
  const lang = useLang();
  const [params] = useSearchParams();
  const subjects = useRpcQuery(api.monitoring.subjects);
  const [nodeId, setNodeId] = useState(initial?.nodeId ?? params.get("nodeId") ?? "");
  const [month, setMonth] = useState(initial?.month ?? params.get("month") ?? thisMonth());
  const chosen = useMemo(() => nodeId || subjects.data?.[0]?.id || "", [nodeId, subjects.data]);
  const draft = useRpcQuery(api.monitoring.draft, { nodeId: chosen, month }, { enabled: Boolean(chosen) && /^\d{4}-\d{2}$/.test(month) });
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, display: "grid", gap: 2, maxWidth: 960 }}>
      <Title title={T.fileTitle[lang]} />
      <PageHeading title={T.fileTitle[lang]} subtitle={T.fileHint[lang]} />
      {subjects.isPending ? (
        <LoadingState />
      ) : subjects.isError ? (
        <ErrorState message={messageOf(subjects.error, lang)} onRetry={() => subjects.refetch()} />
      ) : subjects.data.length === 0 ? (
        <EmptyState title={T.noNodes[lang]} />
      ) : (
        <>
          <Box sx={{ display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", sm: "2fr 1fr" } }}>
            <TextField
              select
              label={T.node[lang]}
              value={chosen}
              onChange={(e) => setNodeId(e.target.value)}
              disabled={subjects.data.length === 1}
            >
              {subjects.data.map((s) => (
                <MenuItem key={s.id} value={s.id}>
                  {s.name}
                  {s.townName ? ` · ${s.townName}` : ""}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              type="month"
              label={T.month[lang]}
              value={month}
              onChange={(e) => setMonth(e.target.value)}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: thisMonth() } }}
            />
          </Box>
          {draft.isPending ? (
            <LoadingState />
          ) : draft.isError ? (
            <ErrorState message={messageOf(draft.error, lang)} onRetry={() => draft.refetch()} />
          ) : (
            <ReportForm draft={draft.data} lang={lang} />
          )}
        </>
      )}
    </Box>
  );
}

/** A filed report opens in the same form (its values, its prefill sources) for a correction. */
export function ReportEditPage() {
  const lang = useLang();
  const { id } = useParams();
  const report = useRpcQuery(api.monthlyReports.get, { id: id ?? "" }, { enabled: Boolean(id) });
  if (report.isPending) return <LoadingState />;
  if (report.isError) return <ErrorState message={messageOf(report.error, lang)} onRetry={() => report.refetch()} />;
  return <ReportFilePage initial={{ nodeId: report.data.nodeId, month: report.data.month }} />;
}
