export { byLang, useLang, useRole, useRpc, type TLang, type TRpc } from "@qifu/ui/admin";
