/** Demo figures shaped like the Huadu network, shared by the stories. */
export const towns = [
  "新华街道",
  "新雅街道",
  "秀全街道",
  "花城街道",
  "狮岭镇",
  "花山镇",
  "花东镇",
  "炭步镇",
  "赤坭镇",
  "梯面镇",
  "空港经济区管委会",
  "花都经济开发区管委会",
];
export const activeNodes = [18, 9, 11, 8, 23, 12, 10, 7, 6, 4, 9, 14];

export const nodeKinds = [
  "区级服务中心",
  "镇街服务单元",
  "中小企业服务站",
  "公共服务示范平台",
  "科技服务机构",
  "行业协会商会",
  "金融机构",
  "孵化载体",
];
export const nodesByKind = [1, 12, 14, 9, 21, 11, 8, 13];

export const longNodeNames = [
  "狮岭皮革皮具产业集群公共服务平台",
  "花都区汽车零部件产业链协同创新服务中心",
  "广州北站数字经济产业园企业服务站",
  "花东镇农产品加工企业联合会",
  "炭步镇中小企业融资服务点",
];

export const years = ["2021", "2022", "2023", "2024", "2025", "2026", "2027"];
export const linkedCumulative = [12, 26, 41, 58, 74, 88, 97];
