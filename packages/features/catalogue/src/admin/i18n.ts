export { useLang, useRole, useRpc, type TLang } from "@qifu/ui/admin";
