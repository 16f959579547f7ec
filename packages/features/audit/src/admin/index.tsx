import ManageSearchOutlined from "@mui/icons-material/ManageSearchOutlined";
import { DISTRICT_ONLY, type TAdminFeature } from "@qifu/ui/admin";
import { auditAdminMessages } from "./messages";
import { AuditList } from "./audit-list";

/**
 * The audit log screen (GB/T 22239 security audit): district admins search who changed
 * what, see before/after as a diff and export the filtered list to Excel. Read-only:
 * the server (trpc-core audit/router.ts) has no way to write the log.
 */
export const adminFeature: TAdminFeature = {
  name: "audit",
  resources: [
    {
      name: "auditLogs",
      list: AuditList,
      icon: ManageSearchOutlined,
      options: { label: "audit.menu" },
      access: { list: DISTRICT_ONLY, show: DISTRICT_ONLY, export: DISTRICT_ONLY, create: [], edit: [], delete: [] },
    },
  ],
  messages: auditAdminMessages,
};

export { auditAdminMessages };
export { AuditChanges } from "./changes";
