import type { I18nProvider } from "@refinedev/core";
import type { TBoardFeature } from "@qifu/ui/board";
import { setLocale, type TLocale } from "./i18n-store";

export { currentLang, currentLocale, setLocale, useLocale, type TLang, type TLocale } from "./i18n-store";

type TDict = { [key: string]: string | TDict };

/**
 * The board's own words and the refine keys that reach the screen (menu, logout, 404, list
 * titles). Features add theirs through features.ts; a missing key falls back to refine's English.
 */
const appMessages: Record<"zh" | "en", TDict> = {
  zh: {
    app: {
      name: "花都区中小企业公共服务 · 评价看板",
      org: "花都区中小企业公共服务",
      orgShort: "花都区中小企业公共服务",
      board: "评价看板",
      tabTitle: "企服 · 评价看板",
      loading: "加载中…",
      notPermitted: "您的账号无权查看此页面",
      notPermittedHint: "此页面的数据不在您账号的查看范围内；左侧菜单列出了您可以查看的板块。",
      switchTo: "English",
      switchLanguage: "切换语言",
      scopeDistrict: "全区",
      district: "花都区",
    },
    dashboard: { title: "首页总览" },
    home: {
      title: "{{scope}}中小企业公共服务体系运行总览",
      titleNode: "{{scope}} · 服务运行总览",
      subtitle: "服务网络、目标完成与示范平台情况，数据每 5 分钟自动更新",
      year: "统计年度",
      yearOption: "{{year}} 年",
      updatedAt: "更新于 {{time}}",
      overviewSubtitle: "数据每 5 分钟自动更新，点击任一数字查看明细。",
      allSections: "查看全部板块 →",
      backToOverview: "← 返回总览",
      headline: "核心指标",
    },
    login: {
      title: "登录评价看板",
      subtitle: "供区、镇街工作人员及评审专家使用",
      username: "用户名",
      password: "密码",
      submit: "登录",
      submitting: "正在登录…",
      usernameRequired: "请输入用户名",
      passwordRequired: "请输入密码",
      enterpriseRefused: "评价看板仅供工作人员使用。企业用户请前往企业服务门户办理业务。",
      enterpriseHint: "企业用户？",
      portal: "前往企业服务门户",
      tagline: "汇集“1+12+N”服务网络、年度目标与示范平台情况，一屏掌握全区中小企业公共服务体系运行态势。",
      pointNetwork: "服务网络：区、镇街、服务节点分布与运营状态",
      pointTargets: "目标进度：按实时数据计算三年行动计划完成情况",
      pointDemonstration: "示范平台：国家、省、市、区级示范认定情况",
      footer: "花都区科技工业信息化局 · 区中小企业服务中心",
      showPassword: "显示密码",
      hidePassword: "隐藏密码",
    },
    user: { town: "镇街", signedInAs: "当前用户" },
    buttons: { logout: "退出登录", refresh: "刷新", notAccessTitle: "您无权访问" },
    pages: {
      error: {
        "404": "抱歉，您访问的页面不存在。",
        backHome: "返回首页",
        info: "页面“{{resource}}”没有“{{action}}”视图。",
      },
    },
    notifications: { success: "操作成功", error: "操作失败（状态码 {{statusCode}}）" },
    warnWhenUnsavedChanges: "有未保存的修改，确定离开吗？",
  },
  en: {
    app: {
      name: "Huadu SME Public Services · Evaluation Board",
      org: "Huadu SME Public Services",
      orgShort: "Huadu SME Services",
      board: "Evaluation Board",
      tabTitle: "Qifu · Evaluation Board",
      loading: "Loading…",
      notPermitted: "Your account cannot view this page",
      notPermittedHint: "Its figures are outside your account's scope; the menu on the left lists what you can see.",
      switchTo: "中文",
      switchLanguage: "Switch language",
      scopeDistrict: "Huadu District",
      district: "Huadu",
    },
    dashboard: { title: "Overview" },
    home: {
      title: "SME public services in {{scope}} at a glance",
      titleNode: "{{scope}} at a glance",
      subtitle: "Service network, targets and demonstration platforms; figures refresh every 5 minutes",
      year: "Year",
      yearOption: "{{year}}",
      updatedAt: "Updated {{time}}",
      overviewSubtitle: "Refreshed every 5 minutes; click any figure for its details.",
      allSections: "All sections →",
      backToOverview: "← Back to the overview",
      headline: "Headline figures",
    },
    login: {
      title: "Sign in to the board",
      subtitle: "For district and town staff and evaluators",
      username: "Username",
      password: "Password",
      submit: "Sign in",
      submitting: "Signing in…",
      usernameRequired: "Enter your username",
      passwordRequired: "Enter your password",
      enterpriseRefused: "The board is for staff only. Enterprises please use the enterprise service portal.",
      enterpriseHint: "An enterprise?",
      portal: "Go to the enterprise portal",
      tagline: "The 1+12+N service network, yearly targets and demonstration platforms of Huadu's SME public services on one screen.",
      pointNetwork: "Service network: district, towns and service nodes, and how they run",
      pointTargets: "Targets: progress of the three-year action plan from live data",
      pointDemonstration: "Demonstration platforms: national, provincial, municipal and district recognition",
      footer: "Huadu Bureau of Science, Technology and Industry · District SME Service Centre",
      showPassword: "Show password",
      hidePassword: "Hide password",
    },
    user: { town: "Town", signedInAs: "Signed in as" },
    buttons: { logout: "Sign out", refresh: "Refresh", notAccessTitle: "You don't have access" },
    pages: {
      error: {
        "404": "Sorry, the page you visited does not exist.",
        backHome: "Back to overview",
        info: "{{resource}} has no {{action}} view.",
      },
    },
    notifications: { success: "Done", error: "Failed (status {{statusCode}})" },
    warnWhenUnsavedChanges: "You have unsaved changes. Leave anyway?",
  },
};

function merge(into: TDict, from: TDict): TDict {
  for (const [k, v] of Object.entries(from)) {
    const cur = into[k];
    into[k] = typeof v === "object" && typeof cur === "object" ? merge({ ...cur }, v) : v;
  }
  return into;
}

const dictionariesOf = (features: readonly Pick<TBoardFeature, "messages">[]) => ({
  zh: features.reduce((d, f) => merge(d, f.messages.zh), merge({}, appMessages.zh)),
  en: features.reduce((d, f) => merge(d, f.messages.en), merge({}, appMessages.en)),
});

/** The board's own words until the features' remotes have loaded, then theirs too (setFeatureMessages). */
let dictionaries = dictionariesOf([]);

/** Add the loaded features' words (their remotes come in at runtime). */
export function setFeatureMessages(features: readonly Pick<TBoardFeature, "messages">[]) {
  dictionaries = dictionariesOf(features);
}

function lookup(dict: TDict, key: string): string | undefined {
  let node: string | TDict | undefined = dict;
  for (const part of key.split(".")) {
    if (typeof node !== "object") return undefined;
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

const interpolate = (text: string, params: Record<string, unknown>) =>
  text.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) => (params[name] === undefined ? m : String(params[name])));

/** Translate in a given locale (the provider below, and code outside React such as the auth provider). */
export function translateIn(locale: TLocale, key: string, options?: unknown, defaultMessage?: string): string {
  // refine calls translate(key, defaultMessage) as well as translate(key, options, defaultMessage)
  const params = typeof options === "object" && options !== null ? (options as Record<string, unknown>) : {};
  const fallback = typeof options === "string" ? options : defaultMessage;
  const text = lookup(dictionaries[locale === "en" ? "en" : "zh"], key) ?? fallback ?? key;
  return interpolate(text, params);
}

/** A new provider per locale, so that refine re-renders everything that translates. */
export function createI18nProvider(locale: TLocale): I18nProvider {
  return {
    translate: (key, options, defaultMessage) => translateIn(locale, key, options, defaultMessage),
    changeLocale: (next: string) => setLocale(next === "en" ? "en" : "zh-CN"),
    getLocale: () => locale,
  };
}
