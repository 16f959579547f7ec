export { byLang, pick, schemaLabels, townName, useLang, useTownOptionText, type TLang } from "@qifu/ui/admin";
