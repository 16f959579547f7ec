import { ServiceCategory, type TServiceCategory } from "./enums";

/**
 * The words people use for each service category, beside its label (DESIGN.md §4 search).
 * Data, not code: the site search (`site.search`) matches a query against a category's label
 * and these words, so "法律" finds the 法律咨询 category and "培训" the 人才 category, even
 * where a product's own text does not say so. Add a word here, not a special case in a query.
 */
export const SERVICE_TERMS: Record<TServiceCategory, readonly string[]> = {
  INFO_CONSULTING: ["政策", "惠企政策", "政策咨询", "政策申报", "信息服务", "补贴"],
  STARTUP_COACHING: ["创业", "创业辅导", "孵化", "创业导师", "初创"],
  TECH_SUPPORT: ["检测", "检验", "质量", "技术服务", "认证", "标准"],
  FINANCING: ["融资", "贷款", "担保", "投资", "金融", "银行", "资金"],
  INTELLECTUAL_PROPERTY: ["专利", "商标", "版权", "知识产权", "法律", "维权"],
  ACCOUNTING_TAX: ["财务", "会计", "税务", "纳税", "记账", "发票", "财税"],
  LEGAL: ["法律", "律师", "法务", "合同", "法律咨询", "法律服务", "劳动纠纷", "维权", "知识产权"],
  SCI_TECH: ["科技", "高新技术", "研发", "科技成果"],
  MARKET_EXPANSION: ["市场", "展会", "参展", "营销", "品牌", "销售"],
  MANAGEMENT_CONSULTING: ["管理", "精益", "数字化", "诊断", "企业管理"],
  TALENT: ["人才", "培训", "人才培训", "技能培训", "招聘", "用工", "技能", "职业技能"],
  INTERNATIONAL: ["出口", "外贸", "跨境", "跨境电商", "出海", "国际"],
  INDUSTRY_ACADEMIA: ["产学研", "校企合作", "高校", "科研院所", "技术难题"],
};

const norm = (s: string) => s.normalize("NFKC").trim().toLowerCase();

/**
 * The categories a query names, by label (zh or en) or by one of their words. A word of the
 * query matches a term that contains it or that it contains ("法律" → 法律咨询; "找律师" → 律师);
 * one-character words match only whole terms, so "法" does not pull in half the catalogue.
 */
export function categoriesForQuery(query: string): TServiceCategory[] {
  const words = norm(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const hits = (w: string, term: string) => {
    const t = norm(term);
    if (Array.from(w).length < 2) return t === w;
    return t.includes(w) || (Array.from(t).length >= 2 && w.includes(t));
  };
  return ServiceCategory.values.filter((c) => {
    const terms = [ServiceCategory.label(c, "zh"), ServiceCategory.label(c, "en"), ...SERVICE_TERMS[c]];
    return words.some((w) => terms.some((term) => hits(w, term)));
  });
}
