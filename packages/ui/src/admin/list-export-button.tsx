import { useListContext, useNotify } from "react-admin";
import { ExportButton, type TExcelFile } from "../components/excel-transfer";
import { messageOf } from "../trpc-client";
import { useLang } from "./lang";

/**
 * "Export to Excel" in a list's toolbar: the list as filtered and searched on screen, through
 * the resource's `export` procedure (trpc-core `defineExport`); a refusal is said in the page's language.
 */
export function ListExportButton({
  run,
}: {
  run: (input: { filter: Record<string, unknown>; q?: string; lang: "zh" | "en" }) => Promise<TExcelFile>;
}) {
  const lang = useLang();
  const notify = useNotify();
  const { filterValues } = useListContext();
  const { q, ...filter } = filterValues as { q?: string } & Record<string, unknown>;
  return <ExportButton onExport={() => run({ filter, q, lang })} onError={(e) => notify(messageOf(e, lang), { type: "error" })} />;
}
