export { FormSection } from "@qifu/ui";
export { InfoCard, InfoRow, useEditRowClick, useIdentityTown, useRole } from "@qifu/ui/admin";
