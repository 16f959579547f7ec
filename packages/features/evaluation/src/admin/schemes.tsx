import { CreateButton, DataTable, List, SearchInput, SelectInput, TopToolbar, useTranslate } from "react-admin";
import { formatDate, StatusChip, type StatusTone } from "@qifu/ui";
import { CardLine, CreatePage, EditPage, ListEmpty, ListExportButton, ResponsiveDataTable, useEditRowClick, useLang } from "@qifu/ui/admin";
import { indicatorsOf, SchemeStatus, SubjectKind, type TScheme, type TSchemeStatus } from "../schemas";
import { useRpc } from "./rpc";
import { SchemeInputs } from "./scheme-inputs";

const TONE: Record<TSchemeStatus, StatusTone> = { DRAFT: "default", ACTIVE: "success", ARCHIVED: "warning" };

export function SchemeList() {
  const rpc = useRpc();
  const lang = useLang();
  const translate = useTranslate();
  const rowClick = useEditRowClick("evaluationSchemes");
  return (
    <List
      exporter={false}
      filters={[
        <SearchInput key="q" source="q" alwaysOn placeholder={translate("evaluation.search")} sx={{ minWidth: 220 }} />,
        <SelectInput key="status" source="status" choices={SchemeStatus.choices(lang)} alwaysOn sx={{ minWidth: 120 }} />,
      ]}
      actions={
        <TopToolbar>
          <ListExportButton run={(input) => rpc.evaluationSchemes.export.query(input)} />
          <CreateButton />
        </TopToolbar>
      }
      empty={<ListEmpty title="evaluation.empty_schemes" description="evaluation.empty_schemes_hint" />}
    >
      <ResponsiveDataTable<TScheme>
        rowClick={rowClick}
        card={{
          primary: (r) => r.name,
          secondary: (r) => (
            <CardLine>
              <span>{SubjectKind.label(r.subjectKind, lang)}</span>
              <span>v{r.version}</span>
              <span>{SchemeStatus.label(r.status, lang)}</span>
            </CardLine>
          ),
        }}
      >
        <DataTable.Col source="name" />
        <DataTable.Col source="subjectKind" render={(r: TScheme) => SubjectKind.label(r.subjectKind, lang)} />
        <DataTable.Col
          source="definition"
          disableSort
          render={(r: TScheme) => `${r.definition.dimensions.length} / ${indicatorsOf(r.definition).length}`}
        />
        <DataTable.Col source="version" render={(r: TScheme) => `v${r.version}`} />
        <DataTable.Col source="rounds" disableSort />
        <DataTable.Col
          source="status"
          render={(r: TScheme) => <StatusChip label={SchemeStatus.label(r.status, lang)} tone={TONE[r.status]} />}
        />
        <DataTable.Col source="updatedAt" render={(r: TScheme) => formatDate(r.updatedAt, lang)} />
      </ResponsiveDataTable>
    </List>
  );
}

/** A new scheme starts with one dimension of one expert indicator worth 100, so the total reads 100 from the start. */
const NEW_SCHEME = {
  subjectKind: "TOWN",
  status: "DRAFT",
  definition: { dimensions: [{ name: "", indicators: [{ key: "", name: "", weight: 100, kind: "EXPERT", maxScore: 10, rubric: "" }] }] },
  starThresholds: [
    { stars: 5, min: 90 },
    { stars: 4, min: 80 },
    { stars: 3, min: 70 },
    { stars: 2, min: 60 },
  ],
};

export function SchemeCreate() {
  return (
    <CreatePage redirect="list" defaultValues={NEW_SCHEME}>
      <SchemeInputs />
    </CreatePage>
  );
}

export function SchemeEdit() {
  return (
    <EditPage redirect="list">
      <SchemeInputs />
    </EditPage>
  );
}
