import type { TLabel } from "./labels";

/**
 * GB/T 4754-2017 国民经济行业分类: the 20 sections (门类 A–T) and 97 divisions (大类 01–97),
 * as data. An enterprise's industry code is a division ("19") or a class inside it ("1923").
 */
export type TIndustrySection = { code: string; name: TLabel; divisions: [string, string] };

export const INDUSTRY_SECTIONS: TIndustrySection[] = [
  { code: "A", name: { zh: "农、林、牧、渔业", en: "Agriculture, forestry, animal husbandry and fishery" }, divisions: ["01", "05"] },
  { code: "B", name: { zh: "采矿业", en: "Mining" }, divisions: ["06", "12"] },
  { code: "C", name: { zh: "制造业", en: "Manufacturing" }, divisions: ["13", "43"] },
  { code: "D", name: { zh: "电力、热力、燃气及水生产和供应业", en: "Electricity, heat, gas and water supply" }, divisions: ["44", "46"] },
  { code: "E", name: { zh: "建筑业", en: "Construction" }, divisions: ["47", "50"] },
  { code: "F", name: { zh: "批发和零售业", en: "Wholesale and retail trade" }, divisions: ["51", "52"] },
  { code: "G", name: { zh: "交通运输、仓储和邮政业", en: "Transport, storage and post" }, divisions: ["53", "60"] },
  { code: "H", name: { zh: "住宿和餐饮业", en: "Accommodation and catering" }, divisions: ["61", "62"] },
  {
    code: "I",
    name: { zh: "信息传输、软件和信息技术服务业", en: "Information transmission, software and IT services" },
    divisions: ["63", "65"],
  },
  { code: "J", name: { zh: "金融业", en: "Finance" }, divisions: ["66", "69"] },
  { code: "K", name: { zh: "房地产业", en: "Real estate" }, divisions: ["70", "70"] },
  { code: "L", name: { zh: "租赁和商务服务业", en: "Leasing and business services" }, divisions: ["71", "72"] },
  { code: "M", name: { zh: "科学研究和技术服务业", en: "Scientific research and technical services" }, divisions: ["73", "75"] },
  {
    code: "N",
    name: { zh: "水利、环境和公共设施管理业", en: "Water, environment and public facilities management" },
    divisions: ["76", "79"],
  },
  { code: "O", name: { zh: "居民服务、修理和其他服务业", en: "Resident, repair and other services" }, divisions: ["80", "82"] },
  { code: "P", name: { zh: "教育", en: "Education" }, divisions: ["83", "83"] },
  { code: "Q", name: { zh: "卫生和社会工作", en: "Health and social work" }, divisions: ["84", "85"] },
  { code: "R", name: { zh: "文化、体育和娱乐业", en: "Culture, sports and entertainment" }, divisions: ["86", "90"] },
  {
    code: "S",
    name: { zh: "公共管理、社会保障和社会组织", en: "Public administration, social security and social organisations" },
    divisions: ["91", "96"],
  },
  { code: "T", name: { zh: "国际组织", en: "International organisations" }, divisions: ["97", "97"] },
];

/** Division names (大类), zh. English names are given for the divisions Huadu's SMEs are in most; others fall back to zh. */
const DIVISION_NAMES: Record<string, string> = {
  "01": "农业",
  "02": "林业",
  "03": "畜牧业",
  "04": "渔业",
  "05": "农、林、牧、渔专业及辅助性活动",
  "06": "煤炭开采和洗选业",
  "07": "石油和天然气开采业",
  "08": "黑色金属矿采选业",
  "09": "有色金属矿采选业",
  "10": "非金属矿采选业",
  "11": "开采专业及辅助性活动",
  "12": "其他采矿业",
  "13": "农副食品加工业",
  "14": "食品制造业",
  "15": "酒、饮料和精制茶制造业",
  "16": "烟草制品业",
  "17": "纺织业",
  "18": "纺织服装、服饰业",
  "19": "皮革、毛皮、羽毛及其制品和制鞋业",
  "20": "木材加工和木、竹、藤、棕、草制品业",
  "21": "家具制造业",
  "22": "造纸和纸制品业",
  "23": "印刷和记录媒介复制业",
  "24": "文教、工美、体育和娱乐用品制造业",
  "25": "石油、煤炭及其他燃料加工业",
  "26": "化学原料和化学制品制造业",
  "27": "医药制造业",
  "28": "化学纤维制造业",
  "29": "橡胶和塑料制品业",
  "30": "非金属矿物制品业",
  "31": "黑色金属冶炼和压延加工业",
  "32": "有色金属冶炼和压延加工业",
  "33": "金属制品业",
  "34": "通用设备制造业",
  "35": "专用设备制造业",
  "36": "汽车制造业",
  "37": "铁路、船舶、航空航天和其他运输设备制造业",
  "38": "电气机械和器材制造业",
  "39": "计算机、通信和其他电子设备制造业",
  "40": "仪器仪表制造业",
  "41": "其他制造业",
  "42": "废弃资源综合利用业",
  "43": "金属制品、机械和设备修理业",
  "44": "电力、热力生产和供应业",
  "45": "燃气生产和供应业",
  "46": "水的生产和供应业",
  "47": "房屋建筑业",
  "48": "土木工程建筑业",
  "49": "建筑安装业",
  "50": "建筑装饰、装修和其他建筑业",
  "51": "批发业",
  "52": "零售业",
  "53": "铁路运输业",
  "54": "道路运输业",
  "55": "水上运输业",
  "56": "航空运输业",
  "57": "管道运输业",
  "58": "多式联运和运输代理业",
  "59": "装卸搬运和仓储业",
  "60": "邮政业",
  "61": "住宿业",
  "62": "餐饮业",
  "63": "电信、广播电视和卫星传输服务",
  "64": "互联网和相关服务",
  "65": "软件和信息技术服务业",
  "66": "货币金融服务",
  "67": "资本市场服务",
  "68": "保险业",
  "69": "其他金融业",
  "70": "房地产业",
  "71": "租赁业",
  "72": "商务服务业",
  "73": "研究和试验发展",
  "74": "专业技术服务业",
  "75": "科技推广和应用服务业",
  "76": "水利管理业",
  "77": "生态保护和环境治理业",
  "78": "公共设施管理业",
  "79": "土地管理业",
  "80": "居民服务业",
  "81": "机动车、电子产品和日用产品修理业",
  "82": "其他服务业",
  "83": "教育",
  "84": "卫生",
  "85": "社会工作",
  "86": "新闻和出版业",
  "87": "广播、电视、电影和录音制作业",
  "88": "文化艺术业",
  "89": "体育",
  "90": "娱乐业",
  "91": "中国共产党机关",
  "92": "国家机构",
  "93": "人民政协、民主党派",
  "94": "社会保障",
  "95": "群众团体、社会团体和其他成员组织",
  "96": "基层群众自治组织及其他组织",
  "97": "国际组织",
};
const DIVISION_NAMES_EN: Record<string, string> = {
  "13": "Agri-food processing",
  "14": "Food manufacturing",
  "17": "Textiles",
  "18": "Apparel and accessories",
  "19": "Leather, fur, feathers and footwear",
  "21": "Furniture",
  "22": "Paper and paper products",
  "23": "Printing",
  "24": "Stationery, crafts, sports and toys",
  "26": "Chemicals",
  "27": "Pharmaceuticals",
  "29": "Rubber and plastics",
  "30": "Non-metallic mineral products",
  "33": "Metal products",
  "34": "General-purpose machinery",
  "35": "Special-purpose machinery",
  "36": "Motor vehicles",
  "38": "Electrical machinery",
  "39": "Computers, communication and electronic equipment",
  "40": "Instruments",
  "41": "Other manufacturing",
  "51": "Wholesale",
  "52": "Retail",
  "54": "Road transport",
  "58": "Multimodal transport and forwarding",
  "59": "Handling and warehousing",
  "60": "Postal services",
  "61": "Accommodation",
  "62": "Catering",
  "64": "Internet and related services",
  "65": "Software and IT services",
  "70": "Real estate",
  "71": "Leasing",
  "72": "Business services",
  "73": "Research and development",
  "74": "Professional technical services",
  "75": "Technology promotion and application",
};

export type TIndustryDivision = { code: string; section: string; name: TLabel };

// sorted: object keys "10".."97" are integer-like and would come before "01".."09"
export const INDUSTRY_DIVISIONS: TIndustryDivision[] = Object.entries(DIVISION_NAMES)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([code, zh]) => ({
    code,
    section: INDUSTRY_SECTIONS.find((s) => code >= s.divisions[0] && code <= s.divisions[1])!.code,
    name: { zh, en: DIVISION_NAMES_EN[code] ?? zh },
  }));

const byCode = new Map(INDUSTRY_DIVISIONS.map((d) => [d.code, d]));

/** The division of an industry code ("19" or "1923"), or undefined when it is not one. */
export function industryDivision(code: string | null | undefined): TIndustryDivision | undefined {
  if (!code || !/^\d{2}(\d{2})?$/.test(code)) return undefined;
  return byCode.get(code.slice(0, 2));
}

export function industrySection(code: string | null | undefined): TIndustrySection | undefined {
  const d = industryDivision(code);
  return d ? INDUSTRY_SECTIONS.find((s) => s.code === d.section) : undefined;
}

/** "C19 皮革、毛皮、羽毛及其制品和制鞋业", with the class code after it when one is given ("… · 1922"). */
export function industryLabel(code: string | null | undefined, lang: "zh" | "en" = "zh"): string {
  const d = industryDivision(code);
  if (!d) return code ?? "";
  return `${d.section}${d.code} ${d.name[lang]}${code!.length === 4 ? ` · ${code}` : ""}`;
}

/** Choices for pickers: every division, grouped by its section in the label. */
export function industryChoices(lang: "zh" | "en" = "zh") {
  return INDUSTRY_DIVISIONS.map((d) => ({ id: d.code, name: `${d.section}${d.code} ${d.name[lang]}`, section: d.section }));
}
