import type { TAdminFeature, TAdminResource } from "@qifu/ui/admin";
import { carrierAdminResource } from "@qifu/carrier-kit/admin";
import ConfirmationNumberOutlined from "@mui/icons-material/ConfirmationNumberOutlined";
import { vouchersAdminMessages } from "./messages";
import { VoucherCreate, VoucherEdit, VoucherList } from "./voucher-views";

/** `access` mirrors the server's policy (server/resources.ts); the server decides. */
export const vouchersAdminResources: TAdminResource[] = [
  carrierAdminResource({ name: "vouchers", icon: ConfirmationNumberOutlined, list: VoucherList, create: VoucherCreate, edit: VoucherEdit }),
];

/** What the admin console loads from this feature's remote (apps/admin/src/features.ts). */
export const adminFeature: TAdminFeature = { name: "vouchers", resources: vouchersAdminResources, messages: vouchersAdminMessages };

export { vouchersAdminMessages };
export { VoucherInputs } from "./voucher-inputs";
