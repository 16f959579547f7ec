import { useState, type ReactNode } from "react";
import { AutocompleteInput, ReferenceInput, required, useGetIdentity, useNotify, useRecordContext, useTranslate } from "react-admin";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import MuiTextField from "@mui/material/TextField";
import { messageOf } from "@qifu/ui";
import { useLang, useRole } from "@qifu/ui/admin";

/** A mutation's error as a notice, in the console's language. */
export function useFail() {
  const notify = useNotify();
  const lang = useLang();
  return (e: unknown) => notify(messageOf(e, lang), { type: "error" });
}

/** Keywords are an array on the server and "a、b、c" in a text box. */
export const keywordsFormat = (v: string[] | undefined | null) => (Array.isArray(v) ? v.join("、") : (v ?? ""));
export const keywordsParse = (v: string) =>
  v
    .split(/[,，、;；\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The achievement's provider: a provider's staff see their own node (the server sets it); the district picks one. */
export function ProviderInput() {
  const translate = useTranslate();
  const operator = useRole() === "NODE_OPERATOR";
  const { identity } = useGetIdentity();
  const record = useRecordContext<{ providerName?: string }>();
  if (operator)
    return (
      <MuiTextField
        label={translate("resources.techAchievements.fields.providerNodeId")}
        value={record?.providerName ?? identity?.nodeName ?? ""}
        variant="filled"
        disabled
        fullWidth
        sx={{ mt: 1, mb: 2.5 }}
      />
    );
  return (
    <ReferenceInput source="providerNodeId" reference="nodes" sort={{ field: "name", order: "ASC" }} perPage={20}>
      <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} validate={required()} fullWidth />
    </ReferenceInput>
  );
}

/** A dialog with one form body and a save button (the caller runs the mutation). */
export function FormDialog(props: {
  title: string;
  onClose: () => void;
  onSave: () => void;
  saving: boolean;
  canSave: boolean;
  danger?: boolean;
  saveLabel?: string;
  children: ReactNode;
}) {
  const translate = useTranslate();
  return (
    <Dialog open onClose={props.onClose} fullWidth maxWidth="sm" onClick={(e) => e.stopPropagation()}>
      <DialogTitle>{props.title}</DialogTitle>
      <DialogContent sx={{ display: "grid", gap: 2, pt: "8px !important" }}>{props.children}</DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>{translate("techTransfer.cancel")}</Button>
        <Button
          variant="contained"
          color={props.danger ? "error" : "primary"}
          disabled={props.saving || !props.canSave}
          onClick={props.onSave}
        >
          {props.saveLabel ?? translate("techTransfer.save")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** A text field's state, for the dialogs. */
export function useText(initial = "") {
  const [value, setValue] = useState(initial);
  return { value, onChange: (e: { target: { value: string } }) => setValue(e.target.value), set: setValue };
}
