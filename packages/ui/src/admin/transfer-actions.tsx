import { useState } from "react";
import {
  CreateButton,
  FilterButton,
  TopToolbar,
  useCanAccess,
  useListContext,
  useNotify,
  useRefresh,
  useTranslate,
  type SortPayload,
} from "react-admin";
import Box from "@mui/material/Box";
import {
  ExportButton,
  ImportButton,
  ImportDialog,
  type TExcelFile,
  type TImportReport,
  type TImportRowError,
} from "../components/excel-transfer";
import { messageOf } from "../trpc-client";
import { useLang, type TLang } from "./lang";

/** What an export procedure is asked: the list as it is filtered and sorted on screen. */
export type TListExportInput = { filter: Record<string, unknown>; q?: string; sort?: SortPayload; lang: TLang };

/** The four procedures of a resource that goes to and from Excel, as its typed client has them. */
export type TTransferProcedures = {
  export: { query(input: TListExportInput): Promise<TExcelFile> };
  importTemplate: { query(input: { lang: TLang }): Promise<TExcelFile> };
  importCheck: { mutate(input: { fileBase64: string }): Promise<TImportReport> };
  importCommit: { mutate(input: { rows: TImportReport["rows"] }): Promise<{ written: number; errors: TImportRowError[] }> };
};

/**
 * A list's toolbar with Excel both ways: filters; create and import for those who may create
 * the resource; export of the list as filtered and sorted on screen. The import dialog's title
 * and hint are `<messages>.import_title` and `<messages>.import_hint`.
 */
export function TransferListActions({
  resource,
  messages,
  procedures: p,
}: {
  resource: string;
  messages: string;
  procedures: TTransferProcedures;
}) {
  const lang = useLang();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const { filterValues, sort } = useListContext();
  const { canAccess: canCreate } = useCanAccess({ resource, action: "create" });
  const [open, setOpen] = useState(false);
  const { q, ...filter } = (filterValues ?? {}) as Record<string, unknown>;
  return (
    <TopToolbar>
      <FilterButton />
      {canCreate && <CreateButton />}
      {canCreate && <ImportButton onClick={() => setOpen(true)} />}
      <ExportButton
        onExport={() =>
          p.export.query({
            filter,
            q: typeof q === "string" && q.trim() ? q.trim() : undefined,
            sort: sort?.field && sort.field !== "id" ? sort : undefined,
            lang,
          })
        }
        onError={(e) => notify(messageOf(e, lang), { type: "error" })}
      />
      <ImportDialog
        open={open}
        title={translate(`${messages}.import_title`)}
        extra={<Box sx={{ typography: "body2", color: "text.secondary", mb: 2 }}>{translate(`${messages}.import_hint`)}</Box>}
        onClose={(n) => {
          setOpen(false);
          if (n) refresh();
        }}
        onTemplate={() => p.importTemplate.query({ lang })}
        onCheck={(fileBase64) => p.importCheck.mutate({ fileBase64 })}
        onCommit={(rows) => p.importCommit.mutate({ rows })}
        errorMessage={(e) => (e instanceof Error ? e.message : messageOf(e, lang))}
      />
    </TopToolbar>
  );
}
