export { DISTRICT_ONLY, type TAdminAction, type TAdminResource } from "@qifu/ui/admin";
