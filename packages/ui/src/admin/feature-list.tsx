import type { ReactElement, ReactNode } from "react";
import { CreateButton, List, SearchInput, TopToolbar, type ListProps } from "react-admin";
import type { TExcelFile } from "../components/excel-transfer";
import { ListEmpty } from "./list-empty";
import { ListExportButton } from "./list-export-button";

type TExportRun = (input: { filter: Record<string, unknown>; q?: string; lang: "zh" | "en" }) => Promise<TExcelFile>;

/**
 * A feature's list page as the console shows every one: the full-text search box first, then
 * the list's own filters; "export to Excel" of the rows as filtered on screen (the resource's
 * `export` procedure); "create" where the list has a form; the empty state explaining what the
 * list holds. `emptyTitle` and `emptyHint` are translation keys.
 */
export function FeatureList({
  filters = [],
  search = true,
  exportRun,
  create = false,
  emptyTitle,
  emptyHint,
  children,
  ...rest
}: Omit<ListProps, "filters" | "actions" | "empty" | "exporter" | "children"> & {
  filters?: ReactElement[];
  /** the search box (`q`); off for lists whose rows have no text worth searching */
  search?: boolean;
  exportRun?: TExportRun;
  create?: boolean;
  emptyTitle: string;
  emptyHint?: string;
  children: ReactNode;
}) {
  const all = search ? [<SearchInput key="q" source="q" alwaysOn sx={{ minWidth: 200 }} />, ...filters] : filters;
  return (
    <List
      exporter={false}
      filters={all.length ? all : undefined}
      actions={
        exportRun || create ? (
          <TopToolbar>
            {exportRun && <ListExportButton run={exportRun} />}
            {create && <CreateButton />}
          </TopToolbar>
        ) : (
          false
        )
      }
      empty={<ListEmpty title={emptyTitle} description={emptyHint} />}
      {...rest}
    >
      {children}
    </List>
  );
}
