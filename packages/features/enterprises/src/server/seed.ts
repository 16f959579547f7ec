import { makeCreditCode, type TCultivationTier } from "@qifu/domain";
import type { TDbTx } from "@qifu/db";
import { makeContext } from "@qifu/trpc-core";
import { prepareEnterpriseCreate } from "./enterprise-service";

type TSeedEnterprise = [
  town: string,
  name: string,
  industry: string,
  employees: number,
  revenueWan: number,
  tier: TCultivationTier,
  tags: string[],
  founded: string,
  street: string,
  assetsWan?: number,
];

/**
 * Demo enterprises of Huadu: the industries each town is known for (leather goods in 狮岭,
 * auto parts in 汽车城, jewellery in 花东, cross-border e-commerce in 空港 …). Credit codes are
 * generated with valid GB 11714 and GB 32100 check characters under 440114 (花都区).
 */
export const SEED_ENTERPRISES: TSeedEnterprise[] = [
  ["SHILING", "广州狮岭皮具制造有限公司", "1922", 180, 8600, "SPECIALIZED", ["皮具", "箱包", "外贸"], "2008-05-12", "狮岭镇金狮大道88号"],
  ["SHILING", "广州市金狮箱包有限公司", "1922", 420, 26000, "LITTLE_GIANT", ["箱包", "品牌"], "2003-09-01", "狮岭镇合成村工业区12号"],
  ["SHILING", "广州盛世皮革制品有限公司", "1910", 95, 3200, "INNOVATIVE", ["皮革", "鞣制"], "2012-03-18", "狮岭镇振兴村工业园3栋"],
  ["SHILING", "花都区狮岭时尚皮具设计工作室", "7491", 8, 120, "NONE", ["设计", "皮具"], "2021-06-30", "狮岭镇时尚产业园B座402"],
  ["SHILING", "广州宏图五金配件有限公司", "3399", 60, 1800, "NONE", ["五金", "箱包配件"], "2011-11-11", "狮岭镇康政村工业区8号"],
  [
    "SHILING",
    "广州狮岭国际皮革城跨境电商有限公司",
    "5292",
    35,
    4500,
    "INNOVATIVE",
    ["跨境电商", "皮具"],
    "2019-04-22",
    "狮岭镇狮岭国际皮革皮具城A区",
  ],
  ["SHILING", "广州雅丽手袋有限公司", "1922", 260, 12800, "SPECIALIZED", ["手袋", "OEM"], "2006-07-07", "狮岭镇益群村工业区"],
  ["SHILING", "广州市新骏皮具辅料有限公司", "1929", 45, 900, "NONE", ["辅料"], "2015-02-10", "狮岭镇前进路16号"],
  [
    "AUTO_CITY",
    "广州花都汽车零部件精工有限公司",
    "3670",
    650,
    48000,
    "LITTLE_GIANT",
    ["汽车零部件", "冲压"],
    "2005-10-18",
    "汽车城风神大道18号",
  ],
  ["AUTO_CITY", "广州东风智联电子有限公司", "3670", 310, 22000, "SPECIALIZED", ["汽车电子", "智能网联"], "2014-08-08", "汽车城岐山路9号"],
  ["AUTO_CITY", "广州市锐驰汽车座椅有限公司", "3670", 540, 36000, "SPECIALIZED", ["座椅", "内饰"], "2009-12-01", "汽车城东风大道西侧"],
  ["AUTO_CITY", "广州精铸模具科技有限公司", "3525", 120, 5600, "INNOVATIVE", ["模具", "精密铸造"], "2013-05-20", "汽车城车城大道66号"],
  [
    "AUTO_CITY",
    "广州新能汽车电池系统有限公司",
    "3841",
    280,
    31000,
    "LITTLE_GIANT",
    ["新能源", "动力电池"],
    "2017-03-03",
    "汽车城凤凰北路3号",
  ],
  ["AUTO_CITY", "广州车联检测技术服务有限公司", "7452", 48, 1500, "INNOVATIVE", ["检测", "认证"], "2018-09-09", "汽车城检测认证中心2楼"],
  ["AUTO_CITY", "广州市宏达汽车线束有限公司", "3670", 1200, 52000, "SINGLE_CHAMPION", ["线束", "出口"], "2002-06-16", "汽车城兴业大道1号"],
  ["AUTO_CITY", "广州智驾软件科技有限公司", "6511", 65, 2300, "INNOVATIVE", ["自动驾驶", "软件"], "2020-01-15", "汽车城智能网联加速器5楼"],
  ["HUADONG", "广州花东珠宝首饰有限公司", "2438", 150, 9800, "SPECIALIZED", ["珠宝", "首饰"], "2010-04-12", "花东镇珠宝产业园1号"],
  ["HUADONG", "广州金艺珠宝设计有限公司", "2438", 40, 1600, "INNOVATIVE", ["珠宝设计"], "2016-10-10", "花东镇凤凰路22号"],
  ["HUADONG", "广州市花东翡翠加工厂", "2438", 18, 260, "NONE", ["翡翠", "玉石"], "2014-03-08", "花东镇莘田村"],
  ["HUADONG", "广州花东绿色食品有限公司", "1371", 75, 2100, "NONE", ["农产品加工", "蔬菜"], "2012-06-06", "花东镇农业产业园"],
  ["HUADONG", "广州九龙湖生态农业有限公司", "0141", 30, 420, "NONE", ["蔬菜种植", "生态"], "2015-08-28", "花东镇九龙湖村"],
  [
    "HUADONG",
    "广州粤港澳大湾区珠宝检测中心有限公司",
    "7452",
    25,
    700,
    "INNOVATIVE",
    ["珠宝检测"],
    "2019-11-19",
    "花东镇珠宝创新服务平台3楼",
  ],
  [
    "AIRPORT",
    "广州空港跨境电商供应链有限公司",
    "5181",
    85,
    15000,
    "INNOVATIVE",
    ["跨境电商", "供应链"],
    "2018-02-02",
    "空港跨境电商产业园A栋",
  ],
  ["AIRPORT", "广州云帆国际货运代理有限公司", "5822", 120, 9000, "NONE", ["国际货代", "航空物流"], "2013-07-17", "空港大道北物流园"],
  ["AIRPORT", "广州空港智慧仓储有限公司", "5920", 160, 4800, "SPECIALIZED", ["仓储", "智慧物流"], "2016-05-25", "空港保税物流中心"],
  ["AIRPORT", "广州飞扬电子商务有限公司", "5292", 22, 1800, "NONE", ["跨境电商", "独立站"], "2021-03-09", "空港经济区跨境电商孵化器301"],
  ["AIRPORT", "广州航兴飞机维修工程有限公司", "4342", 380, 28000, "SPECIALIZED", ["航空维修"], "2011-09-30", "白云国际机场北工作区"],
  ["AIRPORT", "广州临空数字科技有限公司", "6450", 55, 900, "INNOVATIVE", ["数字贸易", "SaaS"], "2020-06-18", "空港数字经济产业园"],
  ["XINHUA", "广州花都商贸城有限公司", "5211", 140, 16000, "NONE", ["商贸", "零售"], "2004-01-20", "新华街道公益路8号"],
  ["XINHUA", "广州新华智能装备有限公司", "3499", 210, 13500, "SPECIALIZED", ["智能装备"], "2010-10-28", "新华工业区迎宾大道25号"],
  ["XINHUA", "广州花都知识产权代理有限公司", "7250", 15, 380, "NONE", ["知识产权", "代理"], "2017-04-01", "新华街道商业大道33号"],
  ["XINHUA", "广州城南餐饮管理有限公司", "6210", 90, 2400, "NONE", ["餐饮", "连锁"], "2013-12-12", "新华街道天贵路18号"],
  [
    "XINHUA",
    "广州市花都区创客信息科技有限公司",
    "6513",
    28,
    600,
    "INNOVATIVE",
    ["软件", "小程序"],
    "2019-07-01",
    "花都区创新创业孵化基地4楼",
  ],
  [
    "XINYA",
    "广州新雅数码科技有限公司",
    "6531",
    36,
    800,
    "INNOVATIVE",
    ["数字经济", "信息系统集成"],
    "2020-09-09",
    "新雅数字经济众创空间201",
  ],
  ["XINYA", "广州雅瑶精密机械有限公司", "3484", 88, 3600, "NONE", ["精密机械"], "2012-02-29", "新雅街道雅瑶工业区"],
  ["XINYA", "广州新雅财税服务有限公司", "7241", 12, 180, "NONE", ["财税", "代理记账"], "2018-03-15", "新雅街道镜湖大道7号"],
  ["XINYA", "广州清布纺织有限公司", "1713", 130, 5200, "NONE", ["纺织"], "2007-11-05", "新雅街道清布村工业区"],
  ["XIUQUAN", "广州秀全工业设计有限公司", "7491", 45, 1300, "SPECIALIZED", ["工业设计"], "2015-06-06", "秀全街道花都区工业设计中心"],
  ["XIUQUAN", "广州市秀全检测技术有限公司", "7452", 70, 2600, "INNOVATIVE", ["检验检测"], "2014-12-20", "秀全街道检验检测平台1楼"],
  ["XIUQUAN", "广州华岭建筑工程有限公司", "4710", 260, 18000, "NONE", ["建筑"], "2006-08-18", "秀全街道秀全大道99号", 12000],
  ["XIUQUAN", "广州市九湖家具有限公司", "2110", 180, 7600, "NONE", ["家具", "定制"], "2009-05-05", "秀全街道九湖村工业区"],
  ["HUACHENG", "广州花城人力资源服务有限公司", "7262", 65, 3200, "NONE", ["人力资源", "招聘"], "2016-01-11", "花城人力资源服务产业园"],
  ["HUACHENG", "广州花城印务有限公司", "2319", 110, 4100, "NONE", ["印刷", "包装"], "2008-08-08", "花城街道三东大道21号"],
  ["HUACHENG", "广州花都文化传媒有限公司", "7259", 20, 350, "NONE", ["文化传媒", "广告"], "2019-10-01", "花城街道凤凰南路12号"],
  ["HUACHENG", "广州市绿源环保科技有限公司", "7721", 55, 2900, "INNOVATIVE", ["环保", "污水处理"], "2013-04-16", "花城街道工业大道5号"],
  [
    "HUASHAN",
    "广州花山智能制造有限公司",
    "3421",
    230,
    14500,
    "SPECIALIZED",
    ["智能制造", "数控机床"],
    "2011-03-21",
    "花山智能制造产业园2号",
  ],
  ["HUASHAN", "广州花山电商服务有限公司", "5292", 12, 260, "NONE", ["农村电商"], "2020-05-20", "花山镇乡村振兴电商服务中心"],
  ["HUASHAN", "广州市洛场塑料制品有限公司", "2927", 95, 3800, "NONE", ["塑料制品"], "2010-07-07", "花山镇洛场村工业区"],
  ["HUASHAN", "广州花山生物医药有限公司", "2740", 160, 11000, "LITTLE_GIANT", ["生物医药", "中成药"], "2012-10-10", "花山镇东华工业区"],
  ["TANBU", "广州炭步智能装备有限公司", "3491", 40, 1200, "INNOVATIVE", ["智能装备", "机器人"], "2021-01-08", "炭步智能装备孵化器"],
  ["TANBU", "广州塱头文化旅游发展有限公司", "9030", 25, 300, "NONE", ["文旅", "古村落"], "2018-06-18", "炭步镇塱头村"],
  ["TANBU", "广州市炭步五金制品有限公司", "3311", 70, 2200, "NONE", ["五金"], "2009-09-09", "炭步镇工业园B区"],
  ["CHINI", "广州赤坭盆景园艺有限公司", "0143", 35, 650, "NONE", ["盆景", "苗木"], "2014-04-04", "赤坭镇瑞岭村"],
  ["CHINI", "广州市赤坭建材有限公司", "3021", 120, 6800, "NONE", ["建材", "水泥制品"], "2005-05-05", "赤坭镇工业区1号"],
  ["CHINI", "广东培正教育科技有限公司", "8391", 18, 420, "NONE", ["职业培训"], "2019-09-01", "赤坭镇培正路1号"],
  ["TIMIAN", "广州梯面生态旅游开发有限公司", "7869", 22, 280, "NONE", ["生态旅游", "民宿"], "2017-08-08", "梯面镇红山村"],
  ["TIMIAN", "广州王子山茶业有限公司", "1530", 16, 190, "NONE", ["茶叶", "农产品"], "2016-03-12", "梯面镇五联村"],
  ["TIMIAN", "广州梯面山水民宿管理有限公司", "6140", 9, 85, "NONE", ["民宿"], "2022-04-01", "梯面镇西坑村"],
  ["XINHUA", "广州花都融资担保有限公司", "6999", 30, 2600, "NONE", ["融资担保"], "2012-12-12", "新华街道公益大道1号"],
  ["AUTO_CITY", "广州花都物流运输有限公司", "5431", 210, 7800, "NONE", ["道路运输", "汽车物流"], "2008-02-02", "汽车城物流园5号"],
];

const SURNAMES = "陈李黄张梁何林王吴刘郭罗";
const GIVEN = ["建华", "丽娟", "志强", "晓燕", "国平", "美玲", "伟明", "秀英", "海涛", "嘉欣"];

/** Upsert the demo enterprises by id; rows users have edited are left alone. */
export async function seedEnterprises(tx: TDbTx, townIds: Map<string, string>) {
  // derived columns (size class, search text) come from the same service as any write
  const ctx = makeContext(tx as never, {
    id: "system:seed",
    username: "system",
    displayName: "seed",
    role: "DISTRICT_ADMIN",
    townId: null,
    nodeId: null,
    enterpriseId: null,
    departmentId: null,
  });
  for (const [
    i,
    [town, name, industryCode, employees, revenueWan, tier, tags, foundedOn, street, assetsWan],
  ] of SEED_ENTERPRISES.entries()) {
    const id = `seed-enterprise-${i + 1}`;
    if (await tx.enterprise.findUnique({ where: { id }, select: { id: true } })) continue;
    const creditCode = makeCreditCode(8_100_000 + i * 7_919);
    const data = await prepareEnterpriseCreate(ctx, {
      creditCode,
      name,
      townId: townIds.get(town)!,
      address: `广州市花都区${street}`,
      industryCode,
      employees,
      revenueWan,
      assetsWan: assetsWan ?? null,
      foundedOn,
      tier,
      tags,
      contactName: `${SURNAMES[i % SURNAMES.length]}${GIVEN[i % GIVEN.length]}`,
      contactPhone: `020-8688${String(1000 + i * 37).slice(-4)}`,
      contactEmail: null,
      description: null,
    });
    await tx.enterprise.create({ data: { ...data, id } });
  }
}
