// The workflow steps an appeal offers its caller now, and the dialog that takes one.
import { useState } from "react";
import { useNotify, useRefresh, useTranslate } from "react-admin";
import useMediaQuery from "@mui/material/useMediaQuery";
import type { Theme } from "@mui/material/styles";
// components that talk through a React context (RadioGroup → Radio, FormControl → FormLabel)
// come from the shell's one copy of @mui/material: as separate per-component shares each
// bundles its own context and the radios never reach the group (tooling/vite/shared.ts)
import { FormControl, FormControlLabel, FormLabel, Radio, RadioGroup } from "@mui/material";
import { useQueryClient } from "@tanstack/react-query";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import type { TRole } from "@qifu/domain";
import { FileUpload, messageOf, type TUploadedFile } from "@qifu/ui";
import { isOpenAppeal, SupervisionLevel, type TAppealDetail } from "../schemas";
import { mutateAt, type TInputOf } from "@qifu/ui/admin";
import { useLang, useUnits } from "./common";
import { api, useRpc } from "./rpc";

type TField = {
  key: string;
  kind: "text" | "bool" | "unit" | "level" | "rating" | "files";
  label: string;
  required?: boolean;
  minRows?: number;
};
/** The workflow steps this screen offers, by procedure name (a renamed procedure fails the typecheck). */
type TStep =
  | "accept"
  | "start"
  | "answer"
  | "requestInfo"
  | "sendBack"
  | "close"
  | "returnVisit"
  | "callbackDone"
  | "addCoUnit"
  | "addNote"
  | "flagHardBone"
  | "supervise"
  | "reassign";
export type TAction = {
  proc: TStep;
  label: string;
  fields: TField[];
  color?: "primary" | "warning" | "error" | "inherit";
  variant?: "contained" | "outlined";
};

/** The steps the caller may take now; the server checks the same and refuses the rest. */
export function actionsFor(a: TAppealDetail, role: TRole | undefined, t: (k: string) => string): TAction[] {
  const unit = role === "DISTRICT_ADMIN" || role === "TOWN_ADMIN" || role === "DEPARTMENT_HANDLER";
  const out: TAction[] = [];
  const note: TField = { key: "note", kind: "text", label: t("appeals.note") };
  const open = isOpenAppeal(a.status);
  if (unit && a.status === "SUBMITTED") out.push({ proc: "accept", label: t("appeals.accept"), fields: [note], variant: "contained" });
  if (unit && a.status === "ACCEPTED") out.push({ proc: "start", label: t("appeals.start"), fields: [note], variant: "contained" });
  if (unit && (a.status === "ACCEPTED" || a.status === "IN_PROGRESS"))
    out.push({
      proc: "answer",
      label: t("appeals.do_answer"),
      variant: "contained",
      fields: [
        { key: "answer", kind: "text", label: t("appeals.answer"), required: true, minRows: 5 },
        { key: "resolved", kind: "bool", label: t("appeals.resolved"), required: true },
        { key: "fileIds", kind: "files", label: t("appeals.files") },
      ],
    });
  if (unit && (a.status === "ACCEPTED" || a.status === "IN_PROGRESS") && !a.paused)
    out.push({ proc: "requestInfo", label: t("appeals.request_info"), fields: [{ ...note, required: true }] });
  if (unit && open)
    out.push({
      proc: "sendBack",
      label: t("appeals.send_back"),
      color: "warning",
      fields: [
        { key: "reason", kind: "text", label: t("appeals.reason"), required: true, minRows: 3 },
        { key: "suggest", kind: "unit", label: t("appeals.send_to") },
      ],
    });
  if (unit && a.status === "CONFIRMED") out.push({ proc: "close", label: t("appeals.close"), fields: [note], variant: "contained" });
  if ((unit || role === "COMMISSIONER") && a.status === "ANSWERED")
    out.push({
      proc: "returnVisit",
      label: t("appeals.return_visit"),
      fields: [
        { key: "satisfaction", kind: "rating", label: t("appeals.satisfaction"), required: true },
        { key: "resolved", kind: "bool", label: t("appeals.resolved"), required: true },
        note,
      ],
    });
  if ((unit || role === "COMMISSIONER") && a.status === "WITHDRAWN" && a.callbackPending)
    out.push({ proc: "callbackDone", label: t("appeals.callback"), fields: [{ ...note, required: true }] });
  if (unit && open)
    out.push({
      proc: "addCoUnit",
      label: t("appeals.add_co_unit"),
      fields: [{ key: "unit", kind: "unit", label: t("appeals.co_unit"), required: true }, note],
    });
  if (unit && !["CLOSED", "WITHDRAWN"].includes(a.status))
    out.push({ proc: "addNote", label: t("appeals.add_note"), fields: [{ ...note, required: true }] });
  if (role === "DISTRICT_ADMIN" && !a.hardBone && !["CLOSED", "WITHDRAWN"].includes(a.status))
    out.push({ proc: "flagHardBone", label: t("appeals.flag_hard_bone"), color: "warning", fields: [{ ...note, required: true }] });
  if (role === "DISTRICT_ADMIN" && open) {
    out.push({
      proc: "supervise",
      label: t("appeals.supervise"),
      color: "error",
      fields: [
        { key: "level", kind: "level", label: t("appeals.level"), required: true },
        { ...note, required: true },
      ],
    });
    out.push({
      proc: "reassign",
      label: t("appeals.reassign"),
      fields: [{ key: "unit", kind: "unit", label: t("appeals.target_unit"), required: true }, note],
    });
  }
  return out;
}

export function ActionDialog({ appeal, action, onClose }: { appeal: TAppealDetail; action: TAction; onClose: () => void }) {
  const rpc = useRpc();
  const refresh = useRefresh();
  const notify = useNotify();
  const translate = useTranslate();
  const lang = useLang();
  const units = useUnits();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Record<string, unknown>>({});
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down("sm"));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: string, v: unknown) => setValues((s) => ({ ...s, [k]: v }));
  const missing = action.fields.some((f) => f.required && (values[f.key] === undefined || values[f.key] === ""));

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      const input: Record<string, unknown> = { id: appeal.id };
      for (const f of action.fields) {
        const v = values[f.key];
        if (v === undefined || v === "") continue;
        input[f.key] =
          f.kind === "files"
            ? (v as TUploadedFile[]).map((x) => x.id)
            : f.kind === "unit"
              ? units.data
                  ?.filter((u) => u.id)
                  .map((u) => ({ kind: u.kind, id: u.id }))
                  .find((u) => `${u.kind}:${u.id}` === v)
              : f.kind === "rating"
                ? Number(v)
                : v;
      }
      if (action.fields.some((f) => f.key === "resolved") && input.resolved === undefined) input.resolved = false;
      // the input is assembled from the step's fields; the procedure's zod input checks it on the server
      await mutateAt(rpc, api.appeals[action.proc], input as TInputOf<(typeof api.appeals)[TStep]>);
      notify(translate("appeals.done"), { type: "success" });
      await queryClient.invalidateQueries();
      refresh();
      onClose();
    } catch (err) {
      setError(messageOf(err, lang));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" fullScreen={phone}>
      <DialogTitle>
        {action.label} · {appeal.number}
      </DialogTitle>
      <DialogContent sx={{ display: "flex", flexDirection: "column", gap: 2, pt: "8px !important" }}>
        {error && <Alert severity="error">{error}</Alert>}
        {action.fields.map((f) =>
          f.kind === "files" ? (
            <FileUpload
              key={f.key}
              label={f.label}
              max={5}
              value={(values[f.key] as TUploadedFile[]) ?? []}
              onChange={(v) => set(f.key, v)}
            />
          ) : f.kind === "bool" ? (
            // a choice the handler makes: nothing preselected (issue 10 point 16)
            <FormControl key={f.key} required={f.required}>
              <FormLabel id={`${f.key}-label`}>{translate("appeals.resolved_q")}</FormLabel>
              <RadioGroup
                row
                aria-labelledby={`${f.key}-label`}
                value={values[f.key] === undefined ? "" : String(values[f.key])}
                onChange={(e) => set(f.key, e.target.value === "true")}
              >
                <FormControlLabel value="true" control={<Radio />} label={translate("appeals.resolved_yes")} />
                <FormControlLabel value="false" control={<Radio />} label={translate("appeals.resolved_no")} />
              </RadioGroup>
            </FormControl>
          ) : f.kind === "unit" ? (
            <TextField
              key={f.key}
              select
              label={f.label}
              value={(values[f.key] as string) ?? ""}
              onChange={(e) => set(f.key, e.target.value)}
              required={f.required}
            >
              {!f.required && <MenuItem value="">—</MenuItem>}
              {(units.data ?? []).map((u) => (
                <MenuItem key={`${u.kind}:${u.id}`} value={`${u.kind}:${u.id}`}>
                  {u.name}
                </MenuItem>
              ))}
            </TextField>
          ) : f.kind === "level" ? (
            <TextField
              key={f.key}
              select
              label={f.label}
              value={(values[f.key] as string) ?? ""}
              onChange={(e) => set(f.key, e.target.value)}
              required
            >
              {SupervisionLevel.values
                .filter((l) => l !== "NONE")
                .map((l) => (
                  <MenuItem key={l} value={l}>
                    {SupervisionLevel.label(l, lang)}
                  </MenuItem>
                ))}
            </TextField>
          ) : f.kind === "rating" ? (
            <TextField
              key={f.key}
              select
              label={f.label}
              value={(values[f.key] as string) ?? ""}
              onChange={(e) => set(f.key, e.target.value)}
              required
            >
              {[5, 4, 3, 2, 1].map((n) => (
                <MenuItem key={n} value={String(n)}>
                  {"★".repeat(n)}
                </MenuItem>
              ))}
            </TextField>
          ) : (
            <TextField
              key={f.key}
              label={f.label}
              value={(values[f.key] as string) ?? ""}
              onChange={(e) => set(f.key, e.target.value)}
              required={f.required}
              multiline
              minRows={f.minRows ?? 2}
            />
          ),
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate("appeals.cancel")}</Button>
        <Button variant="contained" onClick={submit} disabled={busy || missing}>
          {translate("appeals.submit")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
