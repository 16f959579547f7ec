import { useState } from "react";
import {
  CreateButton,
  DataTable,
  List,
  SearchInput,
  SelectInput,
  TextInput,
  TopToolbar,
  minValue,
  required,
  useGetIdentity,
  useRefresh,
  useTranslate,
} from "react-admin";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import MuiTextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { EmptyState, ErrorState, FormSection, formatFen, LoadingState, MatchChips, StatusChip, type StatusTone } from "@qifu/ui";
import {
  CardLine,
  CreatePage,
  EditPage,
  FenInput,
  ListEmpty,
  ListExportButton,
  ResponsiveDataTable,
  useEditRowClick,
  useLang,
  useRole,
} from "@qifu/ui/admin";
import { AchievementStatus, TechField, TransferMode, TRL_LABELS, type TAchievement, type TAchievementStatus } from "../schemas";
import { api, useRpc, useRpcMutation, useRpcQuery } from "./rpc";
import { FormDialog, keywordsFormat, keywordsParse, ProviderInput, useFail, useText } from "./shared";

export const ACHIEVEMENT_TONE: Record<TAchievementStatus, StatusTone> = {
  PENDING: "warning",
  PUBLISHED: "success",
  REJECTED: "danger",
  WITHDRAWN: "default",
};
const trlChoices = (lang: "zh" | "en") => Object.entries(TRL_LABELS).map(([id, l]) => ({ id: Number(id), name: l[lang] }));

function AchievementInputs() {
  const lang = useLang();
  const translate = useTranslate();
  return (
    <>
      <FormSection title={translate("techTransfer.section_basic")}>
        <TextInput source="title" validate={required()} fullWidth />
        <ProviderInput />
        <SelectInput source="field" choices={TechField.choices(lang)} validate={required()} fullWidth />
        <TextInput source="keywords" format={keywordsFormat} parse={keywordsParse} fullWidth />
        <SelectInput source="maturity" choices={trlChoices(lang)} validate={required()} fullWidth />
        <TextInput source="contact" validate={required()} fullWidth />
        <TextInput source="description" multiline minRows={3} fullWidth className="span-all" />
      </FormSection>
      <FormSection title={translate("techTransfer.section_terms")}>
        <SelectInput source="mode" choices={TransferMode.choices(lang)} defaultValue="LICENCE" validate={required()} fullWidth />
        <FenInput source="priceMinFen" validate={[required(), minValue(0)]} fullWidth />
        <FenInput source="priceMaxFen" validate={[required(), minValue(0)]} fullWidth />
      </FormSection>
    </>
  );
}

/** 审核: the district or the provider's town publishes, returns (with a note) or withdraws. */
function ReviewButtons({ r }: { r: TAchievement }) {
  const translate = useTranslate();
  const role = useRole();
  const review = useRpcMutation(api.techAchievements.review);
  const refresh = useRefresh();
  const fail = useFail();
  const note = useText();
  const [open, setOpen] = useState<"REJECT" | "WITHDRAW" | null>(null);
  if (role !== "DISTRICT_ADMIN" && role !== "TOWN_ADMIN") return null;
  return (
    <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap" }} onClick={(e) => e.stopPropagation()}>
      {r.status === "PENDING" && (
        <>
          <Button
            size="small"
            variant="contained"
            disabled={review.isPending}
            onClick={() => review.mutate({ id: r.id, decision: "PUBLISH" }, { onSuccess: refresh, onError: fail })}
          >
            {translate("techTransfer.publish")}
          </Button>
          <Button size="small" color="error" onClick={() => setOpen("REJECT")}>
            {translate("techTransfer.reject")}
          </Button>
        </>
      )}
      {r.status === "PUBLISHED" && (
        <Button size="small" onClick={() => setOpen("WITHDRAW")}>
          {translate("techTransfer.withdraw")}
        </Button>
      )}
      {open && (
        <FormDialog
          title={`${translate("techTransfer.reject_title")} · ${r.title}`}
          onClose={() => setOpen(null)}
          saving={review.isPending}
          canSave={note.value.trim().length >= 2}
          danger
          saveLabel={translate(open === "REJECT" ? "techTransfer.reject" : "techTransfer.withdraw")}
          onSave={() =>
            review.mutate(
              { id: r.id, decision: open, note: note.value.trim() },
              { onSuccess: () => (setOpen(null), refresh()), onError: fail },
            )
          }
        >
          <MuiTextField autoFocus multiline minRows={2} label={translate("techTransfer.review_note")} {...note} />
        </FormDialog>
      )}
    </Box>
  );
}

/** 匹配需求: the reverse direction, the open needs the caller may read ranked for this achievement. */
function MatchingNeeds({ r, onClose }: { r: TAchievement; onClose: () => void }) {
  const translate = useTranslate();
  const lang = useLang();
  const q = useRpcQuery(api.techAchievements.matchingNeeds, { achievementId: r.id });
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" onClick={(e) => e.stopPropagation()}>
      <DialogTitle>
        {translate("techTransfer.matching_title")} · {r.title}
      </DialogTitle>
      <DialogContent sx={{ display: "grid", gap: 1.5 }} data-testid="tt-matching-needs">
        <Typography variant="caption" color="text.secondary">
          {translate("techTransfer.matching_hint")}
        </Typography>
        {q.isPending ? (
          <LoadingState />
        ) : q.error ? (
          <ErrorState message={q.error.message} onRetry={() => q.refetch()} />
        ) : q.data.data.length === 0 ? (
          <EmptyState title={translate("techTransfer.matching_empty")} />
        ) : (
          q.data.data.map((m) => (
            <Box key={m.need.id} sx={{ borderBottom: 1, borderColor: "divider", pb: 1 }}>
              <Typography variant="subtitle2">
                {m.need.enterpriseName} · {m.need.problem}
              </Typography>
              <Box sx={{ mt: 0.5 }}>
                <MatchChips
                  lang={lang}
                  score={
                    m.eligible
                      ? translate("techTransfer.score", { score: Math.round(m.score * 100) })
                      : translate("techTransfer.not_eligible")
                  }
                  reasons={m.reasons}
                  concerns={m.concerns}
                  failed={m.failed}
                />
              </Box>
            </Box>
          ))
        )}
      </DialogContent>
    </Dialog>
  );
}

function MatchButton({ r }: { r: TAchievement }) {
  const translate = useTranslate();
  const role = useRole();
  const [open, setOpen] = useState(false);
  if ((role !== "DISTRICT_ADMIN" && role !== "NODE_OPERATOR") || r.status !== "PUBLISHED") return null;
  return (
    <Box onClick={(e) => e.stopPropagation()}>
      <Button size="small" variant="outlined" onClick={() => setOpen(true)}>
        {translate("techTransfer.matching_needs")}
      </Button>
      {open && <MatchingNeeds r={r} onClose={() => setOpen(false)} />}
    </Box>
  );
}

function Actions({ r }: { r: TAchievement }) {
  return (
    <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap" }}>
      <ReviewButtons r={r} />
      <MatchButton r={r} />
    </Box>
  );
}

/** 科技成果: a provider's own, the district's all, a town's published and its providers' (to review). */
export function AchievementList() {
  const rpc = useRpc();
  const lang = useLang();
  const rowClick = useEditRowClick("techAchievements");
  const role = useRole();
  return (
    <List
      exporter={false}
      filters={[
        <SearchInput key="q" source="q" alwaysOn sx={{ minWidth: 200 }} />,
        <SelectInput key="field" source="field" choices={TechField.choices(lang)} alwaysOn />,
        <SelectInput key="status" source="status" choices={AchievementStatus.choices(lang)} alwaysOn />,
      ]}
      actions={
        <TopToolbar>
          <ListExportButton run={(input) => rpc.techAchievements.export.query(input)} />
          {role !== "TOWN_ADMIN" && <CreateButton />}
        </TopToolbar>
      }
      empty={<ListEmpty title="techTransfer.achievements_empty" description="techTransfer.achievements_empty_hint" />}
    >
      <ResponsiveDataTable<TAchievement>
        rowClick={role === "TOWN_ADMIN" ? false : rowClick}
        card={{
          primary: (r) => r.title,
          secondary: (r) => (
            <CardLine>
              <span>{r.providerName}</span>
              <span>{TechField.label(r.field, lang)}</span>
              <StatusChip label={AchievementStatus.label(r.status, lang)} tone={ACHIEVEMENT_TONE[r.status]} />
            </CardLine>
          ),
          tertiary: (r) => <Actions r={r} />,
        }}
      >
        <DataTable.Col source="title" />
        <DataTable.Col source="providerNodeId" disableSort render={(r: TAchievement) => r.providerName} />
        <DataTable.Col source="field" render={(r: TAchievement) => TechField.label(r.field, lang)} />
        <DataTable.Col source="maturity" render={(r: TAchievement) => `TRL ${r.maturity}`} />
        <DataTable.Col source="mode" disableSort render={(r: TAchievement) => TransferMode.label(r.mode, lang)} />
        <DataTable.Col
          source="price"
          disableSort
          render={(r: TAchievement) => `${formatFen(r.priceMinFen, lang)}–${formatFen(r.priceMaxFen, lang)}`}
        />
        <DataTable.Col
          source="status"
          render={(r: TAchievement) => (
            <Box>
              <StatusChip label={AchievementStatus.label(r.status, lang)} tone={ACHIEVEMENT_TONE[r.status]} />
              {r.reviewNote && (
                <Typography variant="caption" color="text.secondary" display="block">
                  {r.reviewNote}
                </Typography>
              )}
            </Box>
          )}
        />
        <DataTable.Col source="actions" label=" " disableSort render={(r: TAchievement) => <Actions r={r} />} />
      </ResponsiveDataTable>
    </List>
  );
}

export function AchievementCreate() {
  const { identity } = useGetIdentity();
  // a provider's achievement is its own node's (the server enforces it; the form fills it in)
  return (
    <CreatePage
      redirect="list"
      transform={(data: Record<string, unknown>) => ({ ...data, providerNodeId: data.providerNodeId ?? identity?.nodeId })}
    >
      <AchievementInputs />
    </CreatePage>
  );
}

export function AchievementEdit() {
  return (
    <EditPage redirect="list">
      <AchievementInputs />
    </EditPage>
  );
}
