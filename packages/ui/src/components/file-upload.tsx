import { useRef, useState } from "react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import IconButton from "@mui/material/IconButton";
import LinearProgress from "@mui/material/LinearProgress";
import Link from "@mui/material/Link";
import Typography from "@mui/material/Typography";
import AttachFileIcon from "@mui/icons-material/AttachFile";
import CloseIcon from "@mui/icons-material/Close";
import InsertDriveFileOutlined from "@mui/icons-material/InsertDriveFileOutlined";
import { useUiLang, type TUiLang } from "../ui-text";

/** A file the server has kept (`POST /files`), as forms hold it before saving their record. */
export type TUploadedFile = { id: string; name: string; size: number; mime?: string; url?: string };

const TEXT = {
  zh: {
    add: "添加附件",
    remove: "移除",
    uploading: "上传中",
    failed: "上传失败",
    limit: (n: number) => `最多 ${n} 个附件`,
    hint: "PDF、图片、Word、Excel 或文本文件，单个不超过 10 MB",
    addImages: "添加图片",
    imagesHint: "PNG、JPEG 或 WebP 图片，单个不超过 10 MB",
    none: "无附件",
  },
  en: {
    add: "Attach files",
    remove: "Remove",
    uploading: "Uploading",
    failed: "Upload failed",
    limit: (n: number) => `At most ${n} files`,
    hint: "PDF, images, Word, Excel or text, up to 10 MB each",
    addImages: "Add pictures",
    imagesHint: "PNG, JPEG or WebP pictures, up to 10 MB each",
    none: "No attachments",
  },
} satisfies Record<TUiLang, unknown>;

export const ACCEPT_ATTRIBUTE = ".pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx,.txt";
/** For a field of pictures (the server checks too). */
export const ACCEPT_IMAGES = ".png,.jpg,.jpeg,.webp";

export function formatBytes(n: number) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** Send one file to the server with upload progress; resolves with the kept file or the server's message. */
function uploadFile(file: File, lang: TUiLang, onProgress: (ratio: number) => void): Promise<TUploadedFile> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/files");
    xhr.setRequestHeader("content-type", "application/octet-stream");
    xhr.setRequestHeader("x-file-name", encodeURIComponent(file.name));
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      let body: any = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        /* not JSON: the message below */
      }
      if (xhr.status === 200 && body?.id) resolve(body);
      else if (xhr.status === 413) reject(new Error(lang === "zh" ? "文件不能超过 10 MB" : "Files may be at most 10 MB"));
      else reject(new Error(body?.error?.data?.app?.message?.[lang] ?? TEXT[lang].failed));
    };
    xhr.onerror = () => reject(new Error(TEXT[lang].failed));
    xhr.send(file);
  });
}

type TPending = { key: string; name: string; progress: number; error?: string };

/**
 * Attachments for a form: pick files, watch them upload, remove them. The form saves the
 * ids with its record; the server checks types, sizes and the limit again.
 */
export function FileUpload({
  value,
  onChange,
  max = 5,
  disabled,
  label,
  images = false,
}: {
  value: TUploadedFile[];
  onChange: (files: TUploadedFile[]) => void;
  max?: number;
  disabled?: boolean;
  label?: string;
  /** pictures only: the picker offers images and the words say so */
  images?: boolean;
}) {
  const lang = useUiLang();
  const t = TEXT[lang];
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<TPending[]>([]);
  const latest = useRef(value);
  latest.current = value;

  async function add(files: FileList | null) {
    if (!files) return;
    const room = max - latest.current.length - pending.filter((p) => !p.error).length;
    const picked = Array.from(files);
    const accepted = picked.slice(0, Math.max(room, 0));
    const refused = picked
      .slice(accepted.length)
      .map((f, i) => ({ key: `x${Date.now()}${i}`, name: f.name, progress: 0, error: t.limit(max) }));
    const started = accepted.map((f, i) => ({ file: f, key: `u${Date.now()}${i}` }));
    setPending((p) => [
      ...p.filter((x) => !x.error),
      ...started.map(({ file, key }) => ({ key, name: file.name, progress: 0 })),
      ...refused,
    ]);
    await Promise.all(
      started.map(async ({ file, key }) => {
        try {
          const kept = await uploadFile(file, lang, (progress) =>
            setPending((p) => p.map((x) => (x.key === key ? { ...x, progress } : x))),
          );
          setPending((p) => p.filter((x) => x.key !== key));
          onChange([...latest.current, kept]);
        } catch (error) {
          setPending((p) => p.map((x) => (x.key === key ? { ...x, error: (error as Error).message } : x)));
        }
      }),
    );
  }

  return (
    <Box sx={{ my: 1 }}>
      {label && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 0.5 }}>
          {label}
        </Typography>
      )}
      {value.map((f) => (
        <Box key={f.id} sx={{ display: "flex", alignItems: "center", gap: 1, py: 0.25 }}>
          <InsertDriveFileOutlined fontSize="small" color="action" />
          <Typography variant="body2" sx={{ flex: 1, minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}>
            {f.name}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {formatBytes(f.size)}
          </Typography>
          <IconButton
            size="small"
            aria-label={`${t.remove} ${f.name}`}
            disabled={disabled}
            onClick={() => onChange(value.filter((x) => x.id !== f.id))}
          >
            <CloseIcon fontSize="small" />
          </IconButton>
        </Box>
      ))}
      {pending.map((p) => (
        <Box key={p.key} sx={{ py: 0.5 }}>
          <Typography variant="body2" color={p.error ? "error" : "text.primary"}>
            {p.name} · {p.error ?? `${t.uploading} ${Math.round(p.progress * 100)}%`}
          </Typography>
          {!p.error && <LinearProgress variant="determinate" value={p.progress * 100} sx={{ mt: 0.5 }} />}
        </Box>
      ))}
      <Box sx={{ display: "flex", alignItems: "center", gap: 1.5, flexWrap: "wrap", mt: 0.5 }}>
        <Button
          size="small"
          variant="outlined"
          startIcon={<AttachFileIcon />}
          disabled={disabled || value.length >= max}
          onClick={() => input.current?.click()}
        >
          {images ? t.addImages : t.add} ({value.length}/{max})
        </Button>
        <Typography variant="caption" color="text.secondary">
          {images ? t.imagesHint : t.hint}
        </Typography>
      </Box>
      <input
        ref={input}
        type="file"
        hidden
        multiple
        accept={images ? ACCEPT_IMAGES : ACCEPT_ATTRIBUTE}
        onChange={(e) => {
          void add(e.target.files);
          e.target.value = "";
        }}
      />
    </Box>
  );
}

/** The attachments of a record, as download links. */
export function FileList({ files }: { files: TUploadedFile[] }) {
  const t = TEXT[useUiLang()];
  if (files.length === 0)
    return (
      <Typography variant="body2" color="text.disabled">
        {t.none}
      </Typography>
    );
  return (
    <Box component="ul" sx={{ listStyle: "none", p: 0, m: 0 }}>
      {files.map((f) => (
        <Box component="li" key={f.id} sx={{ display: "flex", alignItems: "center", gap: 1, py: 0.25 }}>
          <InsertDriveFileOutlined fontSize="small" color="action" />
          <Link
            href={f.url ?? `/files/${f.id}`}
            download={f.name}
            underline="hover"
            sx={{ typography: "body2", minWidth: 0, wordBreak: "break-all" }}
          >
            {f.name}
          </Link>
          <Typography variant="caption" color="text.secondary">
            {formatBytes(f.size)}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
