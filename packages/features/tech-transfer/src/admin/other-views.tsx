import { useState } from "react";
import {
  ArrayInput,
  AutocompleteInput,
  DataTable,
  DateInput,
  Form,
  List,
  ReferenceInput,
  SaveButton,
  SearchInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  TopToolbar,
  required,
  useRefresh,
  useTranslate,
} from "react-admin";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import { FormSection, formatFen, StatusChip } from "@qifu/ui";
import {
  FeatureList,
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
import {
  ProjectStage,
  TechField,
  TechNeedStatus,
  WantedMode,
  type TLab,
  type TNeed,
  type TNeedPostFor,
  type TPlatform,
  type TProject,
} from "../schemas";
import { api, useRpc, useRpcMutation } from "./rpc";
import { keywordsFormat, keywordsParse, useFail } from "./shared";

/** 代企业发布: node staff, a town or the district post a need for an enterprise (of their town). */
function PostForButton() {
  const translate = useTranslate();
  const lang = useLang();
  const postFor = useRpcMutation(api.techNeeds.postFor);
  const refresh = useRefresh();
  const fail = useFail();
  const [open, setOpen] = useState(false);
  const submit = (data: Record<string, unknown>) =>
    postFor.mutate(
      {
        enterpriseId: String(data.enterpriseId ?? ""),
        field: data.field as TNeedPostFor["field"],
        keywords: (data.keywords as string[] | undefined) ?? [],
        problem: String(data.problem ?? ""),
        budgetFen: typeof data.budgetFen === "number" ? data.budgetFen : null,
        deadline: data.deadline ? String(data.deadline) : null,
        wantedMode: (data.wantedMode as TNeedPostFor["wantedMode"]) ?? "ANY",
      },
      { onSuccess: () => (setOpen(false), refresh()), onError: fail },
    );
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {translate("techTransfer.post_for")}
      </Button>
      {open && (
        <Dialog open onClose={() => setOpen(false)} fullWidth maxWidth="sm">
          <DialogTitle>{translate("techTransfer.post_for_title")}</DialogTitle>
          <DialogContent>
            <Form onSubmit={submit} resource="techNeeds">
              <ReferenceInput source="enterpriseId" reference="enterprises" sort={{ field: "name", order: "ASC" }}>
                <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} validate={required()} fullWidth />
              </ReferenceInput>
              <SelectInput source="field" choices={TechField.choices(lang)} validate={required()} fullWidth />
              <TextInput source="problem" multiline minRows={2} validate={required()} fullWidth />
              <TextInput source="keywords" format={keywordsFormat} parse={keywordsParse} fullWidth />
              <FenInput source="budgetFen" fullWidth />
              <DateInput source="deadline" fullWidth />
              <SelectInput source="wantedMode" choices={WantedMode.choices(lang)} defaultValue="ANY" fullWidth />
              <SaveButton alwaysEnable={!postFor.isPending} />
            </Form>
          </DialogContent>
        </Dialog>
      )}
    </>
  );
}

/** 企业技术需求: the district's and a town's (its enterprises'); a provider's (those contacted to it). */
export function NeedList() {
  const rpc = useRpc();
  const lang = useLang();
  return (
    <List
      exporter={false}
      filters={[
        <SearchInput key="q" source="q" alwaysOn sx={{ minWidth: 200 }} />,
        <SelectInput key="field" source="field" choices={TechField.choices(lang)} alwaysOn />,
        <SelectInput key="status" source="status" choices={TechNeedStatus.choices(lang)} alwaysOn />,
      ]}
      actions={
        <TopToolbar>
          <PostForButton />
          <ListExportButton run={(input) => rpc.techNeeds.export.query(input)} />
        </TopToolbar>
      }
      empty={<ListEmpty title="techTransfer.needs_empty" description="techTransfer.needs_empty_hint" />}
    >
      <ResponsiveDataTable<TNeed>
        rowClick={false}
        card={{
          primary: (r) => `${r.enterpriseName} · ${TechField.label(r.field, lang)}`,
          secondary: (r) => (
            <CardLine>
              <span>{r.problem}</span>
              <span>{r.postedOn}</span>
            </CardLine>
          ),
          tertiary: (r) => TechNeedStatus.label(r.status, lang),
        }}
      >
        <DataTable.Col source="postedOn" />
        <DataTable.Col source="enterpriseName" disableSort />
        <DataTable.Col source="townId" disableSort render={(r: TNeed) => r.townName ?? "—"} />
        <DataTable.Col source="field" render={(r: TNeed) => TechField.label(r.field, lang)} />
        <DataTable.Col source="problem" disableSort />
        <DataTable.Col source="budgetFen" render={(r: TNeed) => (r.budgetFen === null ? "—" : formatFen(r.budgetFen, lang))} />
        <DataTable.Col source="deadline" disableSort render={(r: TNeed) => r.deadline ?? "—"} />
        <DataTable.Col source="wantedMode" disableSort render={(r: TNeed) => WantedMode.label(r.wantedMode, lang)} />
        <DataTable.Col
          source="status"
          render={(r: TNeed) => (
            <StatusChip
              label={TechNeedStatus.label(r.status, lang)}
              tone={r.status === "SIGNED" ? "success" : r.status === "OPEN" ? "info" : "default"}
            />
          )}
        />
        <DataTable.Col source="postedByName" disableSort render={(r: TNeed) => r.postedByName ?? ""} />
      </ResponsiveDataTable>
    </List>
  );
}

/** The provider moves a project one stage on (SIGNED → IN_PROGRESS → DONE). */
function StageButton({ r }: { r: TProject }) {
  const translate = useTranslate();
  const lang = useLang();
  const update = useRpcMutation(api.techProjects.update);
  const refresh = useRefresh();
  const fail = useFail();
  const next = ProjectStage.values[ProjectStage.values.indexOf(r.stage) + 1];
  if (useRole() !== "NODE_OPERATOR" || !next) return null;
  return (
    <Button
      size="small"
      disabled={update.isPending}
      onClick={(e) => (e.stopPropagation(), update.mutate({ id: r.id, data: { stage: next } }, { onSuccess: refresh, onError: fail }))}
    >
      {translate("techTransfer.next_stage", { stage: ProjectStage.label(next, lang) })}
    </Button>
  );
}

/** 合作项目: signed from an accepted contact; the provider moves the stage. */
export function ProjectList() {
  const rpc = useRpc();
  const lang = useLang();
  return (
    <FeatureList
      filters={[
        <SelectInput key="stage" source="stage" choices={ProjectStage.choices(lang)} alwaysOn />,
        <SelectInput key="field" source="field" choices={TechField.choices(lang)} alwaysOn />,
      ]}
      exportRun={(input) => rpc.techProjects.export.query(input)}
      emptyTitle="techTransfer.projects_empty"
      emptyHint="techTransfer.projects_empty_hint"
    >
      <ResponsiveDataTable<TProject>
        rowClick={false}
        card={{
          primary: (r) => r.title,
          secondary: (r) => (
            <CardLine>
              <span>{r.enterpriseName}</span>
              <span>{formatFen(r.contractFen, lang)}</span>
              <span>{ProjectStage.label(r.stage, lang)}</span>
            </CardLine>
          ),
          tertiary: (r) => <StageButton r={r} />,
        }}
      >
        <DataTable.Col source="signedOn" />
        <DataTable.Col source="title" disableSort />
        <DataTable.Col source="enterpriseName" disableSort />
        <DataTable.Col source="townName" disableSort />
        <DataTable.Col source="providerName" disableSort />
        <DataTable.Col source="field" render={(r: TProject) => TechField.label(r.field, lang)} />
        <DataTable.Col source="contractFen" render={(r: TProject) => formatFen(r.contractFen, lang)} />
        <DataTable.Col
          source="stage"
          render={(r: TProject) => <StatusChip label={ProjectStage.label(r.stage, lang)} tone={r.stage === "DONE" ? "success" : "info"} />}
        />
        <DataTable.Col source="actions" label=" " disableSort render={(r: TProject) => <StageButton r={r} />} />
      </ResponsiveDataTable>
    </FeatureList>
  );
}

// ── joint laboratories ───────────────────────────────────────────────────────
function LabInputs() {
  const lang = useLang();
  const translate = useTranslate();
  return (
    <FormSection title={translate("resources.jointLabs.name", { smart_count: 1 })}>
      <TextInput source="name" validate={required()} fullWidth />
      <ReferenceInput source="enterpriseId" reference="enterprises" sort={{ field: "name", order: "ASC" }}>
        <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} validate={required()} fullWidth />
      </ReferenceInput>
      <TextInput source="institution" validate={required()} fullWidth />
      <SelectInput source="field" choices={TechField.choices(lang)} validate={required()} fullWidth />
      <DateInput source="establishedOn" validate={required()} fullWidth />
      <TextInput source="description" multiline minRows={2} fullWidth className="span-all" />
    </FormSection>
  );
}

export function LabList() {
  const rpc = useRpc();
  const lang = useLang();
  const rowClick = useEditRowClick("jointLabs");
  return (
    <FeatureList
      filters={[<SelectInput key="field" source="field" choices={TechField.choices(lang)} alwaysOn />]}
      exportRun={(input) => rpc.jointLabs.export.query(input)}
      create
      emptyTitle="techTransfer.labs_empty"
      emptyHint="techTransfer.labs_empty_hint"
    >
      <ResponsiveDataTable<TLab>
        rowClick={rowClick}
        card={{
          primary: (r) => r.name,
          secondary: (r) => (
            <CardLine>
              <span>{r.enterpriseName}</span>
              <span>{r.institution}</span>
            </CardLine>
          ),
          tertiary: (r) => r.establishedOn,
        }}
      >
        <DataTable.Col source="name" />
        <DataTable.Col source="enterpriseId" disableSort render={(r: TLab) => r.enterpriseName} />
        <DataTable.Col source="townName" disableSort />
        <DataTable.Col source="institution" disableSort />
        <DataTable.Col source="field" render={(r: TLab) => TechField.label(r.field, lang)} />
        <DataTable.Col source="establishedOn" />
      </ResponsiveDataTable>
    </FeatureList>
  );
}
export const LabCreate = () => (
  <CreatePage redirect="list">
    <LabInputs />
  </CreatePage>
);
export const LabEdit = () => (
  <EditPage redirect="list">
    <LabInputs />
  </EditPage>
);

// ── public technical service platforms ───────────────────────────────────────
function PlatformInputs() {
  const lang = useLang();
  const translate = useTranslate();
  return (
    <>
      <FormSection title={translate("resources.techPlatforms.name", { smart_count: 1 })}>
        <TextInput source="name" validate={required()} fullWidth />
        <TextInput source="operator" validate={required()} fullWidth />
        <ReferenceInput source="townId" reference="towns" sort={{ field: "sortOrder", order: "ASC" }}>
          <SelectInput optionText="name" fullWidth />
        </ReferenceInput>
        <SelectInput source="field" choices={TechField.choices(lang)} validate={required()} fullWidth />
        <TextInput source="contact" fullWidth />
        <TextInput source="description" multiline minRows={2} fullWidth className="span-all" />
      </FormSection>
      <FormSection title={translate("resources.techPlatforms.fields.services")}>
        <ArrayInput source="services" className="span-all" label={false}>
          <SimpleFormIterator inline disableReordering>
            <TextInput source="name" label="resources.techPlatforms.fields.services.name" validate={required()} helperText={false} />
            <TextInput source="fee" label="resources.techPlatforms.fields.services.fee" helperText={false} />
            <TextInput source="description" label="resources.techPlatforms.fields.services.description" helperText={false} />
          </SimpleFormIterator>
        </ArrayInput>
      </FormSection>
    </>
  );
}

export function PlatformList() {
  const rpc = useRpc();
  const lang = useLang();
  const rowClick = useEditRowClick("techPlatforms");
  return (
    <FeatureList
      filters={[<SelectInput key="field" source="field" choices={TechField.choices(lang)} alwaysOn />]}
      exportRun={(input) => rpc.techPlatforms.export.query(input)}
      create
      emptyTitle="techTransfer.platforms_empty"
      emptyHint="techTransfer.platforms_empty_hint"
    >
      <ResponsiveDataTable<TPlatform>
        rowClick={rowClick}
        card={{
          primary: (r) => r.name,
          secondary: (r) => (
            <CardLine>
              <span>{r.operator}</span>
              <span>{TechField.label(r.field, lang)}</span>
            </CardLine>
          ),
          tertiary: (r) => r.services.map((s) => s.name).join("、"),
        }}
      >
        <DataTable.Col source="name" />
        <DataTable.Col source="operator" disableSort />
        <DataTable.Col source="townId" disableSort render={(r: TPlatform) => r.townName ?? "—"} />
        <DataTable.Col source="field" render={(r: TPlatform) => TechField.label(r.field, lang)} />
        <DataTable.Col
          source="services"
          disableSort
          render={(r: TPlatform) => (
            <Box sx={{ maxWidth: 360 }}>{r.services.map((s) => (s.fee ? `${s.name}（${s.fee}）` : s.name)).join("、")}</Box>
          )}
        />
        <DataTable.Col source="contact" disableSort />
      </ResponsiveDataTable>
    </FeatureList>
  );
}
export const PlatformCreate = () => (
  <CreatePage redirect="list">
    <PlatformInputs />
  </CreatePage>
);
export const PlatformEdit = () => (
  <EditPage redirect="list">
    <PlatformInputs />
  </EditPage>
);
