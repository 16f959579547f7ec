import type { TAdminFeature, TAdminResource } from "@qifu/ui/admin";
import ConfirmationNumberOutlined from "@mui/icons-material/ConfirmationNumberOutlined";
import FactCheckOutlined from "@mui/icons-material/FactCheckOutlined";
import PaymentsOutlined from "@mui/icons-material/PaymentsOutlined";
import ReceiptLongOutlined from "@mui/icons-material/ReceiptLongOutlined";
import ReportProblemOutlined from "@mui/icons-material/ReportProblemOutlined";
import ShuffleOutlined from "@mui/icons-material/ShuffleOutlined";
import { vouchersAdminMessages } from "./messages";
import { BatchCreate, BatchEdit, BatchList, RedemptionList, SettlementList, SignalList, SpotCheckList, VoucherList } from "./views";

const STAFF = ["DISTRICT_ADMIN", "TOWN_ADMIN"] as const;
const DISTRICT = ["DISTRICT_ADMIN"] as const;

/** `access` mirrors the server's policies (server/*.ts); the server decides, per row. */
export const vouchersAdminResources: TAdminResource[] = [
  {
    name: "voucherRedemptions",
    icon: FactCheckOutlined,
    list: RedemptionList,
    options: { label: "vouchers.menu_redemptions" },
    access: { list: [...STAFF, "NODE_OPERATOR"] },
  },
  {
    name: "voucherBatches",
    icon: ConfirmationNumberOutlined,
    list: BatchList,
    create: BatchCreate,
    edit: BatchEdit,
    recordRepresentation: "name",
    options: { label: "vouchers.menu_batches" },
    access: { list: [...STAFF, "NODE_OPERATOR"], create: [...DISTRICT], edit: [...DISTRICT], delete: [...DISTRICT] },
  },
  {
    name: "vouchers",
    icon: ReceiptLongOutlined,
    list: VoucherList,
    options: { label: "vouchers.menu_vouchers" },
    access: { list: [...STAFF] },
  },
  {
    name: "voucherSettlements",
    icon: PaymentsOutlined,
    list: SettlementList,
    options: { label: "vouchers.menu_settlements" },
    access: { list: [...DISTRICT] },
  },
  {
    name: "voucherSpotChecks",
    icon: ShuffleOutlined,
    list: SpotCheckList,
    options: { label: "vouchers.menu_spot_checks" },
    access: { list: [...DISTRICT] },
  },
  {
    name: "voucherSignals",
    icon: ReportProblemOutlined,
    list: SignalList,
    options: { label: "vouchers.menu_signals" },
    access: { list: [...DISTRICT] },
  },
];

/** What the admin console loads from this feature's remote (apps/admin/src/features.ts). */
export const adminFeature: TAdminFeature = { name: "vouchers", resources: vouchersAdminResources, messages: vouchersAdminMessages };

export { vouchersAdminMessages };
