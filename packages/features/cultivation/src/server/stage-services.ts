import { AppError } from "@qifu/domain";
import type { Prisma, TDbTx } from "@qifu/db";
import { defineResource, NO_ROWS, type TSessionUser } from "@qifu/trpc-core";
import {
  CultivationLevel,
  StageProgramme,
  STAGE_PROGRAMME_LINKS,
  ZStageServiceCreate,
  ZStageServiceFilter,
  ZStageServiceRow,
  ZStageServiceUpdate,
  type TCultivationLevel,
  type TStageProgramme,
  type TStageServiceRow,
  type TStageServices,
} from "../schemas";
import { LADDER_STAFF } from "./access";

type TStageRow = Prisma.CultivationStageServiceGetPayload<object>;
const toStageServiceDto = (r: TStageRow): TStageServiceRow => ({
  id: r.id,
  level: r.level as TStageServiceRow["level"],
  categories: r.categories as TStageServiceRow["categories"],
  programmes: r.programmes as TStageServiceRow["programmes"],
  note: r.note,
  updatedAt: r.updatedAt.toISOString(),
});

const districtOnly = (u: TSessionUser | null) => (u?.role === "DISTRICT_ADMIN" ? {} : NO_ROWS);

/** 阶段服务: what each level's holders can use, as data the district edits (one row per level, id = level). */
export const stageServicesResource = defineResource({
  name: "cultivationStageServices",
  label: { zh: "阶段服务", en: "Stage services" },
  model: (db) => db.cultivationStageService,
  schemas: { create: ZStageServiceCreate, update: ZStageServiceUpdate, filter: ZStageServiceFilter, dto: ZStageServiceRow },
  sortable: ["level"],
  defaultSort: { field: "level", order: "ASC" },
  policy: { read: LADDER_STAFF, create: ["DISTRICT_ADMIN"], update: ["DISTRICT_ADMIN"], delete: ["DISTRICT_ADMIN"] },
  scope: { read: () => ({}), write: districtOnly },
  filterToWhere: () => ({}),
  toDto: toStageServiceDto,
  prepareCreate: async (ctx, input) => {
    if (await ctx.db.cultivationStageService.findUnique({ where: { level: input.level } }))
      throw AppError.validation("level", {
        zh: `「${CultivationLevel.labels[input.level].zh}」已有阶段服务，请修改原记录`,
        en: `${CultivationLevel.labels[input.level].en} already has its stage services; edit them instead`,
      });
    return {
      id: input.level,
      level: input.level,
      categories: input.categories ?? [],
      programmes: input.programmes ?? [],
      note: input.note ?? null,
    };
  },
  // the level is the row's identity: only what fits it changes
  prepareUpdate: async (_ctx, _existing, input) => input,
});

/** The stage services of every level, as the enterprise's page shows them (a level without a row has none). */
export async function loadStageServices(db: TDbTx): Promise<Map<TCultivationLevel, TStageServices>> {
  const rows = await db.cultivationStageService.findMany();
  return new Map(
    rows.map((r) => {
      const level = r.level as TCultivationLevel;
      const programmes = (r.programmes as TStageProgramme[])
        .filter((key) => key in STAGE_PROGRAMME_LINKS)
        .map((key) => ({ key, label: StageProgramme.labels[key], link: STAGE_PROGRAMME_LINKS[key] }));
      return [level, { level, categories: r.categories as TStageServices["categories"], programmes }];
    }),
  );
}

/** The district's starting point (seeded once; the district edits it in the console). */
export const DEFAULT_STAGE_SERVICES: Record<
  TCultivationLevel,
  { categories: TStageServices["categories"]; programmes: TStageProgramme[] }
> = {
  INNOVATIVE: {
    categories: ["INTELLECTUAL_PROPERTY", "TECH_SUPPORT", "FINANCING", "STARTUP_COACHING"],
    programmes: ["catalogue", "innovation-bases", "financing", "activities"],
  },
  SPECIALIZED: {
    categories: ["INTELLECTUAL_PROPERTY", "SCI_TECH", "FINANCING", "MANAGEMENT_CONSULTING", "TALENT"],
    programmes: ["catalogue", "specialized-parks", "financing", "activities"],
  },
  LITTLE_GIANT: {
    categories: ["SCI_TECH", "INDUSTRY_ACADEMIA", "FINANCING", "MARKET_EXPANSION", "TALENT"],
    programmes: ["specialized-parks", "industrial-clusters", "financing"],
  },
  SINGLE_CHAMPION: {
    categories: ["INTERNATIONAL", "MARKET_EXPANSION", "INDUSTRY_ACADEMIA", "LEGAL"],
    programmes: ["industrial-clusters"],
  },
  ABOVE_SIZE: {
    categories: ["ACCOUNTING_TAX", "FINANCING", "MANAGEMENT_CONSULTING"],
    programmes: ["catalogue", "financing", "activities"],
  },
};

export async function seedStageServices(tx: TDbTx) {
  for (const level of CultivationLevel.values)
    await tx.cultivationStageService.upsert({
      where: { level },
      create: { id: level, level, ...DEFAULT_STAGE_SERVICES[level] },
      update: {},
    });
}
