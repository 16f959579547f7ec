/** The console's own texts (app shell, login); features bring theirs through features.ts. */
const zh = {
  qifu: {
    app: {
      short: "企服",
      name: "花都区中小企业公共服务平台",
      console: "管理后台",
      title: "花都区中小企业公共服务平台 · 管理后台",
    },
    login: {
      heading: "登录管理后台",
      subheading: "供区、镇街及服务节点工作人员使用",
      submit: "登录",
      submitting: "正在登录…",
      username_required: "请输入用户名",
      password_required: "请输入密码",
      enterprise_refused: "企业用户请通过企业服务门户登录，管理后台仅供工作人员使用。",
      enterprise_hint: "企业用户？",
      go_public: "前往企业服务门户",
      failed: "登录失败",
      footer: "花都区中小企业服务中心",
      tagline: "1+12+N 中小企业服务网络 · 五大服务载体 · 五位一体工程",
    },
    todo: {
      title: "待办事项",
      subtitle: "需要您处理的事项，点击数字打开对应列表",
      none: "暂无待办事项",
      none_hint: "您负责的事项都已处理完毕。",
      error: "待办事项加载失败",
    },
    user: {
      role: "角色",
      town: "所属镇街",
      node: "所属节点",
    },
  },
};

const en: typeof zh = {
  qifu: {
    app: {
      short: "Qifu",
      name: "Huadu District SME Public Service Platform",
      console: "Admin console",
      title: "Huadu District SME Public Service Platform · Admin console",
    },
    login: {
      heading: "Sign in to the admin console",
      subheading: "For staff of the district, towns and service nodes",
      submit: "Sign in",
      submitting: "Signing in…",
      username_required: "Enter your username",
      password_required: "Enter your password",
      enterprise_refused: "Enterprise accounts sign in on the enterprise portal; the admin console is for staff only.",
      enterprise_hint: "An enterprise?",
      go_public: "Go to the enterprise portal",
      failed: "Sign-in failed",
      footer: "Huadu District SME Service Centre",
      tagline: "The 1+12+N SME service network · five service carriers · five programmes",
    },
    todo: {
      title: "To do",
      subtitle: "What waits for you; a count opens its list",
      none: "Nothing to do",
      none_hint: "Everything you handle is done.",
      error: "Could not load your to-dos",
    },
    user: {
      role: "Role",
      town: "Town",
      node: "Service node",
    },
  },
};

export const appMessages = { zh, en };
