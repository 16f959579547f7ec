import {
  CreateButton,
  DataTable,
  FilterButton,
  List,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TopToolbar,
  useTranslate,
} from "react-admin";
import Box from "@mui/material/Box";
import { NodeKind, NodeStatus, RecognitionLevel, ServiceCategory } from "@qifu/domain";
import { formatDate } from "@qifu/ui";
import { ListEmpty } from "@qifu/ui/admin";
import type { TNode } from "../../schemas";
import { LevelChip, NodeStatusChip } from "../chips";
import { useLang, useTownOptionText, type TLang } from "../i18n";

function nodeFilters(lang: TLang, searchPlaceholder: string, townOptionText: (t: { name: string; nameEn?: string | null }) => string) {
  return [
    <SearchInput key="q" source="q" alwaysOn placeholder={searchPlaceholder} sx={{ minWidth: 260 }} />,
    // The server lists only the towns in the caller's scope: a town admin sees just their own.
    <ReferenceInput key="townId" source="townId" reference="towns" sort={{ field: "sortOrder", order: "ASC" }} perPage={100} alwaysOn>
      <SelectInput optionText={townOptionText} label="resources.nodes.fields.townId" sx={{ minWidth: 150 }} />
    </ReferenceInput>,
    <SelectInput key="kind" source="kind" choices={NodeKind.choices(lang)} alwaysOn sx={{ minWidth: 170 }} />,
    <SelectInput key="status" source="status" choices={NodeStatus.choices(lang)} alwaysOn sx={{ minWidth: 120 }} />,
    <SelectInput key="recognitionLevel" source="recognitionLevel" choices={RecognitionLevel.choices(lang)} sx={{ minWidth: 150 }} />,
    <SelectInput key="serviceCategory" source="serviceCategory" choices={ServiceCategory.choices(lang)} sx={{ minWidth: 150 }} />,
  ];
}

function NodeListActions() {
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton />
    </TopToolbar>
  );
}

/** Shown when the list is empty: with filters, say so; without, invite to create the first node. */
const nodeListEmpty = (
  <ListEmpty
    title="network.nodes.empty_title"
    description="network.nodes.empty_description"
    filteredTitle="network.nodes.empty_filtered"
    createLabel="network.nodes.create_first"
  />
);

export function NodeList() {
  const lang = useLang();
  const translate = useTranslate();
  const townOptionText = useTownOptionText();
  return (
    <List
      exporter={false}
      filters={nodeFilters(lang, translate("network.nodes.search"), townOptionText)}
      actions={<NodeListActions />}
      sort={{ field: "updatedAt", order: "DESC" }}
      perPage={25}
      empty={nodeListEmpty}
    >
      <DataTable rowClick="show" bulkActionButtons={false} empty={nodeListEmpty}>
        <DataTable.Col
          source="name"
          render={(r: TNode) => (
            <Box component="span" sx={{ fontWeight: 500 }}>
              {r.name}
            </Box>
          )}
        />
        <DataTable.Col source="kind" render={(r: TNode) => NodeKind.label(r.kind, lang)} />
        <DataTable.Col source="townId" render={(r: TNode) => r.townName ?? "—"} />
        <DataTable.Col source="recognitionLevel" render={(r: TNode) => <LevelChip level={r.recognitionLevel} lang={lang} />} />
        <DataTable.Col source="status" render={(r: TNode) => <NodeStatusChip status={r.status} lang={lang} />} />
        <DataTable.NumberCol source="staffCount" />
        <DataTable.Col
          source="linkedAt"
          render={(r: TNode) =>
            r.linkedAt ? (
              formatDate(r.linkedAt, lang)
            ) : (
              <Box component="span" sx={{ color: "text.disabled" }}>
                {translate("network.nodes.linked_no")}
              </Box>
            )
          }
        />
      </DataTable>
    </List>
  );
}
