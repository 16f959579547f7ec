import { z } from "zod";
import { labelled, NodeKind, NodeStatus, RecognitionLevel, ServiceCategory, text, TownKind } from "@qifu/domain";

/** An optional text field: "" and null both mean "not given". */
const optionalText = (zh: string, en: string, max: number) =>
  labelled(
    z.preprocess((v) => (v === "" ? null : v), text(zh, en, { max }).nullable().optional()),
    zh,
    en,
  );

const optionalId = (zh: string, en: string) =>
  labelled(
    z.preprocess((v) => (v === "" ? null : v), z.string().max(64).nullable().optional()),
    zh,
    en,
  );

const ZDateOnly = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(s)), { message: "不是有效日期 / not a valid date" });

/** The fields of a node that a form edits. No defaults here: an update touches only what it names. */
const nodeFields = {
  name: text("名称", "Name", { min: 2, max: 100 }),
  kind: labelled(z.enum(NodeKind.values), "节点类型", "Kind"),
  parentId: optionalId("上级节点", "Parent node"),
  townId: optionalId("所属镇街", "Town"),
  recognitionLevel: labelled(z.enum(RecognitionLevel.values), "认定级别", "Recognition level"),
  address: optionalText("地址", "Address", 200),
  longitude: labelled(z.number().min(-180).max(180).nullable().optional(), "经度", "Longitude"),
  latitude: labelled(z.number().min(-90).max(90).nullable().optional(), "纬度", "Latitude"),
  officePhone: labelled(
    z.preprocess(
      (v) => (v === "" ? null : v),
      z
        .string()
        .trim()
        .regex(/^[0-9+\-() ]{5,30}$/, { message: "电话号码格式不正确 / invalid phone number" })
        .nullable()
        .optional(),
    ),
    "办公电话（公开）",
    "Office phone (public)",
  ),
  contactName: optionalText("联系人", "Contact person", 50),
  contactPhone: labelled(
    z.preprocess(
      (v) => (v === "" ? null : v),
      z
        .string()
        .trim()
        .regex(/^[0-9+\-() ]{5,30}$/, { message: "电话号码格式不正确 / invalid phone number" })
        .nullable()
        .optional(),
    ),
    "联系电话",
    "Contact phone",
  ),
  contactEmail: labelled(
    z.preprocess((v) => (v === "" ? null : v), z.email().max(100).nullable().optional()),
    "电子邮箱",
    "Email",
  ),
  staffCount: labelled(z.number().int().min(0).max(100_000), "服务人员数", "Staff count"),
  serviceCategories: labelled(z.array(z.enum(ServiceCategory.values)).max(13), "服务类别", "Service categories"),
  status: labelled(z.enum(NodeStatus.values), "状态", "Status"),
  linkedAt: labelled(
    z.preprocess((v) => (v === "" ? null : v), ZDateOnly.nullable().optional()),
    "接入网络日期",
    "Linked on",
  ),
  description: optionalText("简介", "Description", 2000),
};

export const ZNodeCreate = z.strictObject({
  ...nodeFields,
  recognitionLevel: nodeFields.recognitionLevel.default("NONE"),
  staffCount: nodeFields.staffCount.default(0),
  serviceCategories: nodeFields.serviceCategories.default([]),
  status: nodeFields.status.default("ACTIVE"),
});
export const ZNodeUpdate = z.strictObject(nodeFields).partial();
export type TNodeCreate = z.infer<typeof ZNodeCreate>;
export type TNodeUpdate = z.infer<typeof ZNodeUpdate>;

/** Fields a node operator may not change on their own node: they are the district's or town's decisions. */
export const NODE_ADMIN_ONLY_FIELDS = ["kind", "parentId", "townId", "recognitionLevel", "status", "linkedAt"] as const;

export const ZNodeFilter = z.object({
  townId: z.string().max(64).optional(),
  kind: z.enum(NodeKind.values).optional(),
  recognitionLevel: z.enum(RecognitionLevel.values).optional(),
  status: z.enum(NodeStatus.values).optional(),
  parentId: z.string().max(64).optional(),
  serviceCategory: z.enum(ServiceCategory.values).optional(),
  linked: z.boolean().optional(),
});

export const ZNode = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(NodeKind.values),
  parentId: z.string().nullable(),
  parentName: z.string().nullable(),
  townId: z.string().nullable(),
  townName: z.string().nullable(),
  recognitionLevel: z.enum(RecognitionLevel.values),
  address: z.string().nullable(),
  longitude: z.number().nullable(),
  latitude: z.number().nullable(),
  officePhone: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  contactEmail: z.string().nullable(),
  staffCount: z.number().int(),
  serviceCategories: z.array(z.enum(ServiceCategory.values)),
  status: z.enum(NodeStatus.values),
  linkedAt: z.string().nullable(),
  description: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TNode = z.infer<typeof ZNode>;
/**
 * A node as the public site shows it (issue 11 point 12, PIPL: the minimum necessary): the
 * office number, never the contact person's name or personal mobile (for a station: its
 * on-call contact). Signed-in staff read those through the `nodes` resource.
 */
export const ZNodePublic = ZNode.omit({ contactName: true, contactPhone: true });
export type TNodePublic = z.infer<typeof ZNodePublic>;

export const ZTown = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  kind: z.enum(TownKind.values),
  sortOrder: z.number().int(),
});
export type TTown = z.infer<typeof ZTown>;
export const ZTownCreate = z.strictObject({
  code: labelled(
    z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_-]{2,32}$/, { message: "只能包含字母、数字、下划线 / letters, digits, _ and - only" }),
    "编码",
    "Code",
  ),
  name: text("名称", "Name", { min: 2, max: 50 }),
  nameEn: labelled(z.string().trim().max(100).default(""), "英文名称", "English name"),
  kind: labelled(z.enum(TownKind.values), "类型", "Kind"),
  sortOrder: labelled(z.number().int().min(0).max(10_000), "排序", "Sort order").default(0),
});
export const ZTownUpdate = ZTownCreate.partial();

const ZCount = z.object({ key: z.string(), label: z.string(), labelEn: z.string(), count: z.number().int() });

/** Figures for the dashboard and the board, within the caller's scope. */
export const ZNetworkStats = z.object({
  /** what the figures cover, shown beside them ("狮岭镇范围", "仅含运营中"); empty: the whole district */
  scope: z.array(z.object({ zh: z.string(), en: z.string() })),
  totalNodes: z.number().int(),
  activeNodes: z.number().int(),
  linkedPlatforms: z.number().int(),
  linkedTarget: z.object({ year: z.number().int(), value: z.number() }).nullable(),
  /** the district's linked platforms whatever the caller's scope: what the district's target is measured against */
  districtLinkedPlatforms: z.number().int(),
  byKind: z.array(ZCount),
  byTown: z.array(ZCount.extend({ active: z.number().int(), stations: z.number().int() })),
  byStatus: z.array(ZCount),
  byLevel: z.array(ZCount),
  linkedByYear: z.array(z.object({ year: z.number().int(), count: z.number().int() })),
});
export type TNetworkStats = z.infer<typeof ZNetworkStats>;

export const ZDirectoryInput = z.object({
  q: z.string().max(100).optional(),
  townId: z.string().max(64).optional(),
  kind: z.enum(NodeKind.values).optional(),
  serviceCategory: z.enum(ServiceCategory.values).optional(),
  page: z.number().int().min(1).max(10_000).default(1),
  perPage: z.number().int().min(1).max(60).default(12),
});

export const ZPublicOverview = z.object({
  districtCentre: ZNodePublic.nullable(),
  towns: z.array(
    ZTown.extend({ activeNodes: z.number().int(), unitId: z.string().nullable(), kinds: z.record(z.string(), z.number().int()) }),
  ),
  totalActive: z.number().int(),
  linkedPlatforms: z.number().int(),
  linkedTarget: z.object({ year: z.number().int(), value: z.number() }).nullable(),
  /** SME service stations operating now and the town units they cover (the one station metric) */
  stations: z.object({ operating: z.number().int(), townsCovered: z.number().int() }),
  byKind: z.array(ZCount),
});
export type TPublicOverview = z.infer<typeof ZPublicOverview>;

export const ZPublicNode = z.object({ node: ZNodePublic, parent: ZNodePublic.nullable(), children: z.array(ZNodePublic) });

export type TTreeEntry = {
  id: string;
  name: string;
  kind: string;
  townId: string | null;
  status: string;
  parentId: string | null;
  depth: number;
  children: TTreeEntry[];
};
export const ZTreeEntry: z.ZodType<TTreeEntry> = z.lazy(() =>
  z.object({
    id: z.string(),
    name: z.string(),
    kind: z.string(),
    townId: z.string().nullable(),
    status: z.string(),
    parentId: z.string().nullable(),
    depth: z.number().int(),
    children: z.array(ZTreeEntry),
  }),
);

export const LINKED_PLATFORMS_METRIC = "network.linkedPlatforms";

const ZLabelText = z.object({ zh: z.string(), en: z.string() });
const ZMetricKind = z.enum(["stock", "flow", "rate"]);

/**
 * The board's map of the town units: where each unit is (its boundary when the district has
 * uploaded them, else its service unit's point for the schematic tile map), each unit's figure
 * for the chosen metric and the district's, and the metrics one may choose.
 */
export const ZTownMap = z.object({
  year: z.number().int(),
  metric: z.object({ key: z.string(), label: ZLabelText, unit: ZLabelText, kind: ZMetricKind }),
  metrics: z.array(z.object({ key: z.string(), label: ZLabelText, unit: ZLabelText, kind: ZMetricKind })),
  district: z.number(),
  centre: z.object({ lng: z.number(), lat: z.number() }).nullable(),
  /** boundaries drawn from the district's upload (null: none uploaded, a schematic map) */
  boundaries: z.object({ sourceName: z.string(), uploadedAt: z.string() }).nullable(),
  towns: z.array(
    z.object({
      townId: z.string(),
      code: z.string(),
      name: z.string(),
      nameEn: z.string(),
      point: z.object({ lng: z.number(), lat: z.number() }).nullable(),
      /** a GeoJSON Polygon/MultiPolygon, [lng, lat] */
      geometry: z.object({ type: z.enum(["Polygon", "MultiPolygon"]), coordinates: z.array(z.unknown()) }).nullable(),
      value: z.number(),
    }),
  ),
});
export type TTownMap = z.infer<typeof ZTownMap>;

/** One town unit's page on the board: every metric's figure for the town and the district, and its active nodes by kind. */
export const ZTownProfile = z.object({
  townId: z.string(),
  name: z.string(),
  nameEn: z.string(),
  year: z.number().int(),
  activeNodes: z.array(z.object({ kind: z.string(), count: z.number().int() })),
  figures: z.array(
    z.object({ key: z.string(), label: ZLabelText, unit: ZLabelText, kind: ZMetricKind, value: z.number(), district: z.number() }),
  ),
});
export type TTownProfile = z.infer<typeof ZTownProfile>;

/** The district's GeoJSON file, as text (the console reads it in the browser). */
export const ZBoundaryUpload = z.object({
  fileName: text("文件名", "File name", { max: 200 }),
  geojson: z.string().min(2).max(8_000_000, { message: "文件过大（上限 8 MB） / The file is too large (8 MB at most)" }),
});
export const ZBoundaryResult = z.object({ towns: z.number().int(), sourceName: z.string() });
