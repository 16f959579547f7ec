import { useRef, useState, type ReactNode } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import LinearProgress from "@mui/material/LinearProgress";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import DownloadOutlined from "@mui/icons-material/DownloadOutlined";
import UploadFileOutlined from "@mui/icons-material/UploadFileOutlined";
import type { TLabel } from "@qifu/domain";
import { useUiLang } from "../ui-text";

/**
 * Excel in and out for any list (DESIGN.md §6): the buttons and the import dialog. They speak
 * the server helper's procedures (trpc-core excel.ts: importTemplate / importCheck /
 * importCommit, export) through callbacks, so every feature wires them the same way.
 */
export type TExcelFile = { filename: string; contentBase64: string; rows: number };
export type TImportRowError = { row: number; field: string | null; column: TLabel | null; message: TLabel };
export type TImportReport = {
  total: number;
  rows: { row: number; data: Record<string, unknown> }[];
  errors: TImportRowError[];
  unchanged?: number;
};

const TEXT = {
  zh: {
    export: "导出 Excel",
    exporting: "正在导出…",
    import: "导入 Excel",
    template: "下载导入模板",
    choose: "选择 .xlsx 文件",
    checking: "正在检查文件…",
    intro: "按模板填写后上传。系统先逐行检查，有问题的行不会写入；检查通过的行可以一次导入。",
    summary: (ok: number, bad: number, total: number) => `共 ${total} 行：${ok} 行可以导入，${bad} 行有问题`,
    unchanged: (n: number) => `，${n} 行与现有数据相同（不变）`,
    fileProblem: "文件有问题，未读取任何行",
    row: "行号",
    column: "列",
    problem: "问题",
    commit: (n: number) => `导入 ${n} 行`,
    writing: (done: number, total: number) => `正在导入 ${done} / ${total} 行`,
    done: (n: number) => `已导入 ${n} 行`,
    close: "关闭",
    again: "重新选择文件",
    skipped: "有问题的行已跳过，请修改后重新导入。",
    nothing: "没有可以导入的行",
    wholeFile: "整个文件",
  },
  en: {
    export: "Export to Excel",
    exporting: "Exporting…",
    import: "Import from Excel",
    template: "Download template",
    choose: "Choose an .xlsx file",
    checking: "Checking the file…",
    intro:
      "Fill in the template and upload it. Every row is checked first; rows with problems are never written, the others can be imported at once.",
    summary: (ok: number, bad: number, total: number) => `${total} rows: ${ok} can be imported, ${bad} have problems`,
    unchanged: (n: number) => `, ${n} equal the stored data (unchanged)`,
    fileProblem: "The file has problems; no row was read",
    row: "Row",
    column: "Column",
    problem: "Problem",
    commit: (n: number) => `Import ${n} rows`,
    writing: (done: number, total: number) => `Importing ${done} / ${total} rows`,
    done: (n: number) => `${n} rows imported`,
    close: "Close",
    again: "Choose another file",
    skipped: "Rows with problems were skipped; fix them and import again.",
    nothing: "No row can be imported",
    wholeFile: "Whole file",
  },
};

/** Save a file the server sent as base64 (exports, templates). */
export function downloadBase64File(
  file: { filename: string; contentBase64: string },
  mime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
) {
  const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const a = document.createElement("a");
  a.href = url;
  a.download = file.filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function fileToBase64(file: File): Promise<string> {
  const buf = new Uint8Array(await file.arrayBuffer());
  let s = "";
  for (let i = 0; i < buf.length; i += 0x8000) s += String.fromCharCode(...buf.subarray(i, i + 0x8000));
  return btoa(s);
}

/** "Export to Excel": asks the server for the list as it is filtered on screen. */
export function ExportButton({
  onExport,
  onError,
  label,
}: {
  onExport: () => Promise<TExcelFile>;
  onError?: (err: unknown) => void;
  label?: string;
}) {
  const t = TEXT[useUiLang()];
  const [busy, setBusy] = useState(false);
  return (
    <Button
      size="small"
      startIcon={<DownloadOutlined />}
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        try {
          downloadBase64File(await onExport());
        } catch (err) {
          onError?.(err);
        } finally {
          setBusy(false);
        }
      }}
    >
      {busy ? t.exporting : (label ?? t.export)}
    </Button>
  );
}

type TStage =
  | { kind: "choose" }
  | { kind: "checking" }
  | { kind: "report"; report: TImportReport }
  | { kind: "writing"; report: TImportReport; done: number; written: number; errors: TImportRowError[] }
  | { kind: "done"; report: TImportReport; written: number; errors: TImportRowError[] };

export interface ImportDialogProps {
  open: boolean;
  onClose: (imported: number) => void;
  title: string;
  onTemplate: () => Promise<TExcelFile>;
  onCheck: (fileBase64: string) => Promise<TImportReport>;
  onCommit: (rows: TImportReport["rows"]) => Promise<{ written: number; errors: TImportRowError[] }>;
  /** Shown when a call fails (the message in the screen language). */
  errorMessage: (err: unknown) => string;
  /** Rows per commit call; each call is one transaction and one step of the progress bar. */
  chunkSize?: number;
  extra?: ReactNode;
}

/**
 * Upload → per-row report (row, column, message) → import the good rows in chunks with a
 * progress bar. A bad row is never sent for writing; the server checks every chunk again.
 */
export function ImportDialog({
  open,
  onClose,
  title,
  onTemplate,
  onCheck,
  onCommit,
  errorMessage,
  chunkSize = 50,
  extra,
}: ImportDialogProps) {
  const lang = useUiLang();
  const t = TEXT[lang];
  const [stage, setStage] = useState<TStage>({ kind: "choose" });
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const written = stage.kind === "writing" || stage.kind === "done" ? stage.written : 0;

  const reset = () => {
    setStage({ kind: "choose" });
    setError(null);
    if (input.current) input.current.value = "";
  };
  const close = () => {
    if (stage.kind === "writing" || stage.kind === "checking") return;
    onClose(written);
    reset();
  };
  const check = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setStage({ kind: "checking" });
    try {
      setStage({ kind: "report", report: await onCheck(await fileToBase64(file)) });
    } catch (err) {
      setError(errorMessage(err));
      setStage({ kind: "choose" });
    }
  };
  const commit = async (report: TImportReport) => {
    let done = 0;
    let count = 0;
    const errors: TImportRowError[] = [];
    setStage({ kind: "writing", report, done, written: 0, errors });
    try {
      for (let i = 0; i < report.rows.length; i += chunkSize) {
        const chunk = report.rows.slice(i, i + chunkSize);
        const result = await onCommit(chunk);
        done += chunk.length;
        count += result.written;
        errors.push(...result.errors);
        setStage({ kind: "writing", report, done, written: count, errors: [...errors] });
      }
      setStage({ kind: "done", report, written: count, errors });
    } catch (err) {
      setError(errorMessage(err));
      setStage({ kind: "done", report, written: count, errors });
    }
  };

  const report = stage.kind === "report" || stage.kind === "writing" || stage.kind === "done" ? stage.report : null;
  const allErrors = report ? [...report.errors, ...(stage.kind === "writing" || stage.kind === "done" ? stage.errors : [])] : [];
  const badRows = new Set(allErrors.map((e) => e.row)).size;

  return (
    <Dialog open={open} onClose={close} maxWidth="md" fullWidth aria-labelledby="qifu-import-title">
      <DialogTitle id="qifu-import-title">{title}</DialogTitle>
      <DialogContent dividers>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t.intro}
        </Typography>
        {extra}
        {error && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {error}
          </Alert>
        )}
        {(stage.kind === "choose" || stage.kind === "checking") && (
          <Box sx={{ display: "flex", gap: 1.5, flexWrap: "wrap", alignItems: "center" }}>
            <Button variant="contained" startIcon={<UploadFileOutlined />} component="label" disabled={stage.kind === "checking"}>
              {t.choose}
              <input
                ref={input}
                hidden
                type="file"
                name="importFile"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                onChange={(e) => check(e.target.files?.[0])}
              />
            </Button>
            <Button startIcon={<DownloadOutlined />} onClick={async () => downloadBase64File(await onTemplate())}>
              {t.template}
            </Button>
          </Box>
        )}
        {stage.kind === "checking" && (
          <Box sx={{ mt: 2 }}>
            <Typography variant="body2" sx={{ mb: 1 }}>
              {t.checking}
            </Typography>
            <LinearProgress />
          </Box>
        )}
        {report && (
          <Box>
            <Alert severity={report.total === 0 && report.errors.length ? "error" : badRows ? "warning" : "success"} sx={{ mb: 2 }}>
              {report.total === 0 && report.errors.length
                ? t.fileProblem
                : `${t.summary(report.rows.length, badRows, report.total)}${report.unchanged ? t.unchanged(report.unchanged) : ""}`}
            </Alert>
            {(stage.kind === "writing" || stage.kind === "done") && (
              <Box sx={{ mb: 2 }}>
                <Typography variant="body2" sx={{ mb: 0.75 }} aria-live="polite">
                  {stage.kind === "done" ? t.done(stage.written) : t.writing(stage.done, report.rows.length)}
                </Typography>
                <LinearProgress
                  variant="determinate"
                  value={report.rows.length ? (100 * (stage.kind === "done" ? report.rows.length : stage.done)) / report.rows.length : 100}
                  sx={{ height: 8, borderRadius: 4 }}
                />
                {stage.kind === "done" && badRows > 0 && (
                  <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                    {t.skipped}
                  </Typography>
                )}
              </Box>
            )}
            {allErrors.length > 0 && (
              <Box sx={{ maxHeight: 320, overflow: "auto", border: 1, borderColor: "divider", borderRadius: 1 }}>
                <Table size="small" stickyHeader aria-label={t.problem}>
                  <TableHead>
                    <TableRow>
                      <TableCell sx={{ width: 72 }}>{t.row}</TableCell>
                      <TableCell sx={{ width: 160 }}>{t.column}</TableCell>
                      <TableCell>{t.problem}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {allErrors.map((e, i) => (
                      <TableRow key={i} data-testid="import-error">
                        <TableCell sx={{ fontVariantNumeric: "tabular-nums" }}>{e.row || t.wholeFile}</TableCell>
                        <TableCell>{e.column?.[lang] ?? "—"}</TableCell>
                        <TableCell>{e.message[lang]}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </Box>
            )}
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        {stage.kind === "report" && <Button onClick={reset}>{t.again}</Button>}
        <Button onClick={close} disabled={stage.kind === "writing" || stage.kind === "checking"}>
          {t.close}
        </Button>
        {stage.kind === "report" && (
          <Button variant="contained" disabled={!stage.report.rows.length} onClick={() => commit(stage.report)}>
            {stage.report.rows.length ? t.commit(stage.report.rows.length) : t.nothing}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}

/** The button that opens the dialog. */
export function ImportButton({ onClick, label }: { onClick: () => void; label?: string }) {
  const t = TEXT[useUiLang()];
  return (
    <Button size="small" startIcon={<UploadFileOutlined />} onClick={onClick}>
      {label ?? t.import}
    </Button>
  );
}
