import type { ReactNode } from "react";
import type { Theme } from "@mui/material/styles";
import useMediaQuery from "@mui/material/useMediaQuery";
import { DataTable, SimpleList, type RaRecord } from "react-admin";

/** What one row shows as a card on a phone: a title, a line under it (chips, dates) and a corner note. */
export type TPhoneCard<R> = { primary: (r: R) => ReactNode; secondary?: (r: R) => ReactNode; tertiary?: (r: R) => ReactNode };

/** Below this breakpoint a console list is a column of cards: field staff read it on a 375 px phone. */
export function usePhoneLayout() {
  return useMediaQuery((theme: Theme) => theme.breakpoints.down("md"));
}

/**
 * A console list's rows: the feature's columns (children) on a desktop, one card per row on a
 * phone (issue 10 point 15), so no list is wider than the screen and every row still opens.
 */
export function ResponsiveDataTable<R extends RaRecord>({
  card,
  rowClick = "show",
  children,
}: {
  card: TPhoneCard<R>;
  rowClick?: "show" | "edit" | false;
  children: ReactNode;
}) {
  const phone = usePhoneLayout();
  if (phone)
    return (
      <SimpleList<R>
        linkType={rowClick}
        primaryText={card.primary}
        secondaryText={card.secondary}
        tertiaryText={card.tertiary}
        rowSx={() => ({ borderBottom: "1px solid", borderColor: "divider" })}
      />
    );
  return (
    <DataTable rowClick={rowClick} bulkActionButtons={false} sx={{ "& .MuiTableCell-head": { whiteSpace: "nowrap" } }}>
      {children}
    </DataTable>
  );
}

/** The line under a card's title: short facts in a row that wraps. */
export function CardLine({ children }: { children: ReactNode }) {
  return <span style={{ display: "flex", gap: 6, alignItems: "center", flexWrap: "wrap", marginTop: 4 }}>{children}</span>;
}
