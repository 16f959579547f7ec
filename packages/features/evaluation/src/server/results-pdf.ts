// pdfkit (foliojs/pdfkit): maintained, pure JavaScript (no headless browser, no native build),
// embeds a subset of an OpenType/TrueType font so Chinese is real text that pdftotext and
// screen readers read, and writes to a Buffer in the request. The font is the system's Noto
// Sans CJK (Debian fonts-noto-cjk; QIFU_PDF_FONT names another), not a copy in the repository.
import fs from "node:fs";
import PDFDocument from "pdfkit";
import { z } from "zod";
import { AppError } from "@qifu/domain";
import { procedure, ZFile, type TContext } from "@qifu/trpc-core";
import { Consequence } from "../round-schemas";
import { roundDetail } from "./rounds";
import { SCHEME_READERS } from "./schemes";

const FONT_FILE = process.env.QIFU_PDF_FONT ?? "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
/** The face inside the collection: Simplified Chinese. */
const FONT_FACE = process.env.QIFU_PDF_FONT_FACE ?? "NotoSansCJKsc-Regular";

const T = {
  zh: {
    scheme: "评价方案",
    version: "版本",
    period: "周期",
    rank: "名次",
    subject: "评价对象",
    total: "总分",
    stars: "星级",
    consequence: "结果运用",
    breakdown: "各对象得分构成",
    correction: "更正",
    notClosed: "该轮次尚未结算，没有结果可导出",
  },
  en: {
    scheme: "Scheme",
    version: "version",
    period: "Period",
    rank: "Rank",
    subject: "Subject",
    total: "Total",
    stars: "Stars",
    consequence: "Consequence",
    breakdown: "Breakdown by subject",
    correction: "Correction",
    notClosed: "This round is not closed: there are no results yet",
  },
};

function toBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.end();
  });
}

/** A closed or published round's results as a PDF: the ranking table, then each subject's breakdown. */
export async function roundResultsPdf(ctx: TContext, id: string, lang: "zh" | "en") {
  const t = T[lang];
  const round = await roundDetail(ctx, id);
  if (round.status === "OPEN") throw new AppError("CONFLICT", { zh: T.zh.notClosed, en: T.en.notClosed });
  if (!fs.existsSync(FONT_FILE))
    throw new AppError("INTERNAL", {
      zh: "服务器缺少中文字体（fonts-noto-cjk），无法生成 PDF",
      en: "The server lacks the CJK font (fonts-noto-cjk) needed for the PDF",
    });
  const names = new Map(round.definition.dimensions.flatMap((d) => d.indicators.map((i) => [i.key, `${d.name} · ${i.name}`] as const)));
  const doc = new PDFDocument({ size: "A4", margin: 48, info: { Title: round.name } });
  doc.registerFont("cjk", FONT_FILE, FONT_FACE);
  doc.font("cjk");
  doc.fontSize(18).text(round.name, { align: "center" });
  doc
    .moveDown(0.3)
    .fontSize(10)
    .fillColor("#555")
    .text(
      `${t.scheme}：${round.schemeName}（${t.version} ${round.schemeVersion}） · ${t.period}：${round.year}${round.quarter ? ` Q${round.quarter}` : ""}`,
      { align: "center" },
    );
  doc.moveDown(1).fillColor("#000");

  // ranking table: fixed columns, one line per subject
  const cols = [
    { title: t.rank, width: 40 },
    { title: t.subject, width: 170 },
    { title: t.total, width: 60 },
    { title: t.stars, width: 70 },
    { title: t.consequence, width: 150 },
  ];
  const row = (cells: string[], bold = false) => {
    const y = doc.y;
    let x = doc.page.margins.left;
    doc.fontSize(bold ? 11 : 10);
    cells.forEach((c, i) => {
      doc.text(c, x, y, { width: cols[i]!.width - 6, lineBreak: false, ellipsis: true });
      x += cols[i]!.width;
    });
    doc.moveDown(0.6);
    doc.x = doc.page.margins.left;
  };
  row(
    cols.map((c) => c.title),
    true,
  );
  for (const s of round.subjectList) {
    const r = s.results.find((x) => x.supersededAt === null);
    if (!r) continue;
    row([String(r.rank), s.name, r.total.toFixed(2), "★".repeat(r.stars), Consequence.label(r.consequence, lang)]);
  }

  doc.moveDown(1).fontSize(14).text(t.breakdown);
  for (const s of round.subjectList) {
    const r = s.results.find((x) => x.supersededAt === null);
    if (!r) continue;
    doc
      .moveDown(0.6)
      .fontSize(12)
      .text(`${r.rank}. ${s.name}  ${r.total.toFixed(2)}`);
    doc.fontSize(10);
    for (const c of r.contributions) doc.text(`    ${names.get(c.key) ?? c.key}：${c.points.toFixed(2)} / ${c.weight}`);
    if (r.reason) doc.fillColor("#a15c00").text(`    ${t.correction} v${r.version}：${r.reason}`).fillColor("#000");
  }
  const buf = await toBuffer(doc);
  return { filename: `${round.name}.pdf`, contentBase64: buf.toString("base64"), rows: round.subjectList.length };
}

export const exportPdf = procedure(SCHEME_READERS, {
  description: "A closed round's results as a PDF (ranking and breakdowns, Chinese text)",
})
  .input(z.object({ id: z.string().min(1).max(64), lang: z.enum(["zh", "en"]).default("zh") }))
  .output(ZFile)
  .query(({ ctx, input }) => roundResultsPdf(ctx, input.id, input.lang));
