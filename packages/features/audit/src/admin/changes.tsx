import { useState } from "react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import { alpha } from "@mui/material/styles";
import { useTranslate } from "react-admin";
import { auditChanges, auditFieldLabel, auditValueText } from "@qifu/domain";
import { useLang } from "@qifu/ui/admin";
import type { TAuditEntry } from "../schemas";

const mono = { fontFamily: "ui-monospace, SFMono-Regular, Menlo, monospace", fontSize: 12.5 };

function Value({ value, tone }: { value: unknown; tone?: "old" | "new" }) {
  const text = auditValueText(value, 600);
  return (
    <Box
      component="span"
      sx={(theme) => ({
        ...mono,
        whiteSpace: "pre-wrap",
        wordBreak: "break-word",
        px: 0.5,
        borderRadius: 0.5,
        ...(tone === "old"
          ? { bgcolor: alpha(theme.palette.error.main, 0.08), color: theme.palette.error.dark, textDecoration: "line-through" }
          : {}),
        ...(tone === "new" ? { bgcolor: alpha(theme.palette.success.main, 0.1), color: theme.palette.success.dark } : {}),
      })}
    >
      {text}
    </Box>
  );
}

/**
 * Before/after of one audit entry as a readable diff: for a change, the fields that changed
 * (old struck through in red, new in green), with a switch to see the unchanged ones too;
 * for a create or a delete, the record's fields. Same diff rule as the Excel export
 * (`auditChanges` in @qifu/domain).
 */
export function AuditChanges({ entry, dense }: { entry: Pick<TAuditEntry, "action" | "resource" | "before" | "after">; dense?: boolean }) {
  const translate = useTranslate();
  const lang = useLang();
  const [all, setAll] = useState(false);
  const isUpdate = entry.action === "UPDATE";
  const changed = auditChanges(entry.before, entry.after);
  const changedSet = new Set(changed.map((c) => c.field));
  const rows =
    isUpdate && all
      ? Object.keys({ ...(entry.before as object), ...(entry.after as object) }).map((field) => ({
          field,
          before: (entry.before as Record<string, unknown>)?.[field] ?? null,
          after: (entry.after as Record<string, unknown>)?.[field] ?? null,
        }))
      : changed;
  if (!rows.length)
    return (
      <Typography variant="body2" color="text.secondary" sx={{ p: 1 }}>
        {translate("audit.no_change")}
      </Typography>
    );
  return (
    <Box sx={{ overflowX: "auto" }}>
      <Table size="small" sx={{ "& td, & th": { verticalAlign: "top", py: dense ? 0.5 : 0.75 } }}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 180 }}>{translate("audit.field")}</TableCell>
            {isUpdate ? (
              <>
                <TableCell>{translate("audit.before")}</TableCell>
                <TableCell>{translate("audit.after")}</TableCell>
              </>
            ) : (
              <TableCell>{translate(entry.action === "INSERT" ? "audit.inserted" : "audit.deleted")}</TableCell>
            )}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => {
            const differs = changedSet.has(r.field);
            return (
              <TableRow key={r.field} sx={{ opacity: isUpdate && !differs ? 0.6 : 1 }}>
                <TableCell sx={{ fontWeight: differs ? 600 : 400 }} title={r.field}>
                  {auditFieldLabel(entry.resource, r.field, lang)}
                </TableCell>
                {isUpdate ? (
                  <>
                    <TableCell>
                      <Value value={r.before} tone={differs ? "old" : undefined} />
                    </TableCell>
                    <TableCell>
                      <Value value={r.after} tone={differs ? "new" : undefined} />
                    </TableCell>
                  </>
                ) : (
                  <TableCell>
                    <Value value={entry.action === "INSERT" ? r.after : r.before} />
                  </TableCell>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {isUpdate && (
        <Button size="small" sx={{ mt: 0.5 }} onClick={() => setAll(!all)}>
          {translate(all ? "audit.hide_same" : "audit.show_all")}
        </Button>
      )}
    </Box>
  );
}
