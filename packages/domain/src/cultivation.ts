import { defineEnum } from "./labels";

/** The tiered-cultivation ladder (优质中小企业梯度培育), lowest to highest, plus "none". */
export const CultivationTier = defineEnum({
  NONE: { zh: "未入库", en: "None" },
  INNOVATIVE: { zh: "创新型中小企业", en: "Innovative SME" },
  SPECIALIZED: { zh: "专精特新中小企业", en: "Specialized and sophisticated SME" },
  LITTLE_GIANT: { zh: "专精特新“小巨人”", en: "“Little giant”" },
  SINGLE_CHAMPION: { zh: "制造业单项冠军", en: "Manufacturing single champion" },
});
export type TCultivationTier = (typeof CultivationTier.values)[number];
