import { AppError } from "@qifu/domain";

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_FILES_PER_RECORD = 5;
/**
 * Upload quotas per account over a rolling day (issue 11 point 4): staff and verified
 * enterprises 200 MB / 200 files; an enterprise account whose claim is not verified yet
 * (no enterpriseId) 10 MB / 5 files. Uploads never attached within ORPHAN_HOURS are removed.
 */
export const UPLOAD_QUOTA = {
  verified: { bytes: 200 * 1024 * 1024, files: 200 },
  unverified: { bytes: 10 * 1024 * 1024, files: 5 },
} as const;
export const ORPHAN_HOURS = 24;

type TKind = { mime: string; ext: readonly string[]; label: string; sniff: (b: Buffer) => boolean };

const starts = (b: Buffer, ...bytes: number[]) => bytes.every((x, i) => b[i] === x);
const isZip = (b: Buffer) => starts(b, 0x50, 0x4b, 0x03, 0x04);
/** Plain text: valid UTF-8 without NUL or other binary control characters. */
function isText(b: Buffer) {
  if (b.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(b);
  } catch {
    return false;
  }
  return !/[\x01-\x08\x0e-\x1f]/.test(b.subarray(0, 4096).toString("latin1"));
}

/**
 * The kinds of file the platform accepts. The type is decided by the content's signature and
 * must agree with the name's extension, so a renamed executable is refused.
 */
const KINDS: readonly TKind[] = [
  { mime: "application/pdf", ext: ["pdf"], label: "PDF", sniff: (b) => starts(b, 0x25, 0x50, 0x44, 0x46) },
  { mime: "image/png", ext: ["png"], label: "PNG", sniff: (b) => starts(b, 0x89, 0x50, 0x4e, 0x47) },
  { mime: "image/jpeg", ext: ["jpg", "jpeg"], label: "JPEG", sniff: (b) => starts(b, 0xff, 0xd8, 0xff) },
  {
    mime: "image/webp",
    ext: ["webp"],
    label: "WebP",
    sniff: (b) => b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP",
  },
  { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ext: ["docx"], label: "Word", sniff: isZip },
  { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ext: ["xlsx"], label: "Excel", sniff: isZip },
  { mime: "text/plain", ext: ["txt"], label: "TXT", sniff: isText },
];

export const ACCEPTED_FILE_TYPES = KINDS.map((k) => `.${k.ext.join(", .")}`).join(", ");

/** A file name safe to show and to send back in Content-Disposition: no path, no control characters. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, "")
    .trim()
    .slice(0, 120);
  return cleaned || "file";
}

/** The accepted kind of an upload, or a bilingual refusal naming what is allowed. */
export function checkUpload(name: string, bytes: Buffer): { mime: string } {
  if (bytes.length === 0) throw AppError.validation("file", { zh: "文件是空的", en: "The file is empty" });
  if (bytes.length > MAX_FILE_BYTES)
    throw AppError.validation("file", {
      zh: `文件不能超过 ${MAX_FILE_BYTES / 1024 / 1024} MB`,
      en: `Files may be at most ${MAX_FILE_BYTES / 1024 / 1024} MB`,
    });
  const ext = name.includes(".") ? name.split(".").pop()!.toLowerCase() : "";
  const kind = KINDS.find((k) => k.ext.includes(ext));
  if (!kind)
    throw AppError.validation("file", {
      zh: `不支持这种文件类型，可上传：${ACCEPTED_FILE_TYPES}`,
      en: `This file type is not accepted. Accepted: ${ACCEPTED_FILE_TYPES}`,
    });
  if (!kind.sniff(bytes))
    throw AppError.validation("file", {
      zh: `文件内容与扩展名 .${ext} 不符`,
      en: `The file's content does not match its .${ext} extension`,
    });
  return { mime: kind.mime };
}
