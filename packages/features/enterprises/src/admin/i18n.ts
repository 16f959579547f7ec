export { byLang, useLang, useRole, type TLang } from "@qifu/ui/admin";
