/** The public site's own strings (header, footer, errors), zh-CN first. Feature pages carry theirs. */
export const LANGS = ["zh", "en"] as const;
export type TLang = (typeof LANGS)[number];

const zh = {
  siteName: "花都区中小企业公共服务平台",
  siteShort: "花都中小企业服务",
  admin: "管理后台",
  board: "评价看板",
  menu: "打开菜单",
  closeMenu: "关闭菜单",
  signIn: "登录/注册",
  mainNav: "主导航",
  switchLang: "English",
  switchLangShort: "EN",
  switchLangLabel: "Switch to English",
  footerHost: "主办：花都区科技工业信息化局 · 花都区中小企业服务中心",
  footerNetwork: "“1+12+N”中小企业公共服务网络",
  notFoundTitle: "页面不存在",
  notFoundHint: "您访问的页面不存在或已移动。",
  backHome: "返回首页",
  crashTitle: "页面出错了",
  crashHint: "请刷新页面重试；如问题持续，请联系区中小企业服务中心。",
  reload: "刷新页面",
};

const en: typeof zh = {
  siteName: "Huadu SME Public Service Platform",
  siteShort: "Huadu SME Services",
  admin: "Admin",
  board: "Evaluation board",
  menu: "Open menu",
  closeMenu: "Close menu",
  signIn: "Sign in / Register",
  mainNav: "Main navigation",
  switchLang: "中文",
  switchLangShort: "中文",
  switchLangLabel: "切换到中文",
  footerHost: "Hosted by the Huadu Bureau of Science, Technology, Industry and Information Technology · Huadu SME Service Centre",
  footerNetwork: "The 1+12+N SME public service network",
  notFoundTitle: "Page not found",
  notFoundHint: "The page does not exist or has moved.",
  backHome: "Back to home",
  crashTitle: "Something went wrong",
  crashHint: "Please reload the page. If it keeps happening, contact the district SME service centre.",
  reload: "Reload",
};

export type TMessages = typeof zh;
export const messages: Record<TLang, TMessages> = { zh, en };

const STORAGE_KEY = "qifu.public.lang";

/** The visitor's choice, else Chinese (the site's first language whatever the browser says). */
export function loadLang(): TLang {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === "en" ? "en" : "zh";
  } catch {
    return "zh"; // storage blocked (private mode)
  }
}

export function saveLang(lang: TLang) {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* choice lasts for this visit only */
  }
}
