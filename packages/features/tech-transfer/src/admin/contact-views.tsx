import { useState } from "react";
import { DataTable, SelectInput, useRefresh, useTranslate } from "react-admin";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import MuiTextField from "@mui/material/TextField";
import { shanghaiDate } from "@qifu/domain";
import { formatFen, StatusChip, type StatusTone } from "@qifu/ui";
import { CardLine, FeatureList, ResponsiveDataTable, useLang, useRole } from "@qifu/ui/admin";
import { ContactStatus, TechField, type TContact, type TContactStatus } from "../schemas";
import { api, useRpc, useRpcMutation } from "./rpc";
import { FormDialog, useFail, useText } from "./shared";

export const CONTACT_TONE: Record<TContactStatus, StatusTone> = {
  SENT: "warning",
  ACCEPTED: "info",
  DECLINED: "default",
  SIGNED: "success",
};

/** 同意洽谈 / 婉拒: the provider answers; a decline says why (the enterprise sees it). */
function AnswerDialog({ c, decision, onClose }: { c: TContact; decision: "ACCEPT" | "DECLINE"; onClose: () => void }) {
  const translate = useTranslate();
  const answer = useRpcMutation(api.techContacts.answer);
  const refresh = useRefresh();
  const fail = useFail();
  const text = useText();
  const decline = decision === "DECLINE";
  return (
    <FormDialog
      title={`${translate(decline ? "techTransfer.decline_title" : "techTransfer.accept")} · ${c.enterpriseName}`}
      onClose={onClose}
      saving={answer.isPending}
      canSave={!decline || text.value.trim().length >= 2}
      danger={decline}
      saveLabel={translate(decline ? "techTransfer.decline" : "techTransfer.accept")}
      onSave={() =>
        answer.mutate(
          decline ? { id: c.id, decision, answer: text.value.trim() } : { id: c.id, decision, answer: text.value.trim() || null },
          { onSuccess: () => (onClose(), refresh()), onError: fail },
        )
      }
    >
      <MuiTextField
        autoFocus
        multiline
        minRows={2}
        label={translate(decline ? "techTransfer.decline_reason" : "techTransfer.accept_answer")}
        inputProps={{ maxLength: 500 }}
        {...text}
      />
    </FormDialog>
  );
}

/** 登记签约: the cooperation project of an accepted contact (title, contract value in yuan, date). */
function SignDialog({ c, onClose }: { c: TContact; onClose: () => void }) {
  const translate = useTranslate();
  const sign = useRpcMutation(api.techContacts.sign);
  const refresh = useRefresh();
  const fail = useFail();
  const title = useText(c.achievementTitle);
  const contract = useText(c.needBudgetFen ? String(c.needBudgetFen / 100) : "");
  const signedOn = useText(shanghaiDate(new Date()));
  return (
    <FormDialog
      title={`${translate("techTransfer.sign_title")} · ${c.enterpriseName}`}
      onClose={onClose}
      saving={sign.isPending}
      canSave={title.value.trim().length >= 2 && Number(contract.value) > 0 && !!signedOn.value}
      onSave={() =>
        sign.mutate(
          { contactId: c.id, title: title.value.trim(), contractFen: Math.round(Number(contract.value) * 100), signedOn: signedOn.value },
          { onSuccess: () => (onClose(), refresh()), onError: fail },
        )
      }
    >
      <MuiTextField label={translate("techTransfer.project_title")} inputProps={{ maxLength: 100 }} {...title} />
      <MuiTextField label={translate("techTransfer.contract")} type="number" inputProps={{ min: 0.01, step: 0.01 }} {...contract} />
      <MuiTextField label={translate("techTransfer.signed_on")} type="date" InputLabelProps={{ shrink: true }} {...signedOn} />
    </FormDialog>
  );
}

/** The provider's buttons for one contact; the server checks again (its own achievement, the contact's state). */
function ContactButtons({ c }: { c: TContact }) {
  const translate = useTranslate();
  const [open, setOpen] = useState<"ACCEPT" | "DECLINE" | "SIGN" | null>(null);
  if (useRole() !== "NODE_OPERATOR") return null;
  return (
    <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap" }} onClick={(e) => e.stopPropagation()}>
      {c.status === "SENT" && (
        <>
          <Button size="small" variant="contained" onClick={() => setOpen("ACCEPT")}>
            {translate("techTransfer.accept")}
          </Button>
          <Button size="small" color="error" onClick={() => setOpen("DECLINE")}>
            {translate("techTransfer.decline")}
          </Button>
        </>
      )}
      {c.status === "ACCEPTED" && (
        <Button size="small" variant="outlined" onClick={() => setOpen("SIGN")}>
          {translate("techTransfer.sign")}
        </Button>
      )}
      {(open === "ACCEPT" || open === "DECLINE") && <AnswerDialog c={c} decision={open} onClose={() => setOpen(null)} />}
      {open === "SIGN" && <SignDialog c={c} onClose={() => setOpen(null)} />}
    </Box>
  );
}

/** 成果对接: a provider's inbox (contacts to its achievements); the district and towns follow those in their scope. */
export function ContactList() {
  const rpc = useRpc();
  const lang = useLang();
  return (
    <FeatureList
      filters={[<SelectInput key="status" source="status" choices={ContactStatus.choices(lang)} alwaysOn />]}
      exportRun={(input) => rpc.techContacts.export.query(input)}
      emptyTitle="techTransfer.contacts_empty"
      emptyHint="techTransfer.contacts_empty_hint"
    >
      <ResponsiveDataTable<TContact>
        rowClick={false}
        card={{
          primary: (r) => `${r.enterpriseName} · ${r.achievementTitle}`,
          secondary: (r) => (
            <CardLine>
              <span>{r.needProblem}</span>
              <StatusChip label={ContactStatus.label(r.status, lang)} tone={CONTACT_TONE[r.status]} />
            </CardLine>
          ),
          tertiary: (r) => <ContactButtons c={r} />,
        }}
      >
        <DataTable.Col source="sentOn" />
        <DataTable.Col source="enterpriseName" disableSort />
        <DataTable.Col source="townName" disableSort />
        <DataTable.Col
          source="needProblem"
          disableSort
          render={(r: TContact) => `${r.needProblem}（${TechField.label(r.needField, lang)}）`}
        />
        <DataTable.Col
          source="needBudgetFen"
          disableSort
          render={(r: TContact) => (r.needBudgetFen === null ? "—" : formatFen(r.needBudgetFen, lang))}
        />
        <DataTable.Col source="achievementTitle" disableSort />
        <DataTable.Col source="providerName" disableSort />
        <DataTable.Col source="message" disableSort />
        <DataTable.Col
          source="status"
          render={(r: TContact) => <StatusChip label={ContactStatus.label(r.status, lang)} tone={CONTACT_TONE[r.status]} />}
        />
        <DataTable.Col source="answer" disableSort />
        <DataTable.Col source="actions" label=" " disableSort render={(r: TContact) => <ContactButtons c={r} />} />
      </ResponsiveDataTable>
    </FeatureList>
  );
}
