import { z } from "zod";
import { defineExport, procedure, writeWorkbook, ZFile, type TContext } from "@qifu/trpc-core";
import { indicatorsOf, SchemeStatus, SubjectKind, type TScheme } from "../schemas";
import { Consequence } from "../round-schemas";
import { roundDetail } from "./rounds";
import { schemesResource, SCHEME_READERS } from "./schemes";

export const schemesExport = defineExport<TScheme>(schemesResource, {
  policy: ["DISTRICT_ADMIN"],
  columns: [
    { header: { zh: "方案名称", en: "Scheme" }, width: 28, value: (r) => r.name },
    { header: { zh: "评价对象", en: "Subjects" }, value: (r, lang) => SubjectKind.label(r.subjectKind, lang) },
    { header: { zh: "版本", en: "Version" }, value: (r) => r.version },
    { header: { zh: "状态", en: "Status" }, value: (r, lang) => SchemeStatus.label(r.status, lang) },
    { header: { zh: "维度数", en: "Dimensions" }, value: (r) => r.definition.dimensions.length },
    {
      header: { zh: "指标及权重", en: "Indicators and weights" },
      width: 60,
      value: (r) =>
        indicatorsOf(r.definition)
          .map((i) => `${i.name} ${i.weight}`)
          .join("；"),
    },
    { header: { zh: "轮次", en: "Rounds" }, value: (r) => r.rounds },
  ],
});

/** A round's results as the caller sees them (their subjects): rank, total, stars, consequence and each indicator's points. */
export async function roundResultsWorkbook(ctx: TContext, id: string, lang: "zh" | "en") {
  const round = await roundDetail(ctx, id);
  const indicators = indicatorsOf(round.definition);
  const headers = [
    { header: lang === "zh" ? "名次" : "Rank", width: 8 },
    { header: lang === "zh" ? "评价对象" : "Subject", width: 22 },
    { header: lang === "zh" ? "总分" : "Total", width: 10 },
    { header: lang === "zh" ? "星级" : "Stars", width: 8 },
    { header: lang === "zh" ? "结果运用" : "Consequence", width: 16 },
    { header: lang === "zh" ? "结果版本" : "Version", width: 10 },
    ...indicators.map((i) => ({ header: `${i.name}（${i.weight}）` })),
  ];
  const rows = round.subjectList.map((s) => {
    const r = s.results.find((x) => x.supersededAt === null);
    const points = new Map((r?.contributions ?? []).map((c) => [c.key, c.points]));
    return [
      r?.rank ?? null,
      s.name,
      r?.total ?? null,
      r?.stars ?? null,
      r ? Consequence.label(r.consequence, lang) : null,
      r?.version ?? null,
      ...indicators.map((i) => points.get(i.key) ?? null),
    ];
  });
  const buf = await writeWorkbook(round.name, headers, rows);
  return { filename: `${round.name}.xlsx`, contentBase64: buf.toString("base64"), rows: rows.length };
}

export const exportResults = procedure(SCHEME_READERS, { description: "A round's results to Excel (the caller's subjects)" })
  .input(z.object({ id: z.string().min(1).max(64), lang: z.enum(["zh", "en"]).default("zh") }))
  .output(ZFile)
  .query(({ ctx, input }) => roundResultsWorkbook(ctx, input.id, input.lang));
