import type { TAdminFeature, TAdminResource } from "@qifu/ui/admin";
import { carrierAdminResource } from "@qifu/carrier-kit/admin";
import StoreOutlined from "@mui/icons-material/StoreOutlined";
import { supplyChainAdminMessages } from "./messages";
import { SupplyChainCreate, SupplyChainEdit, SupplyChainList } from "./supply-chain-views";

/** `access` mirrors the server's policy (server/resources.ts); the server decides. */
export const supplyChainAdminResources: TAdminResource[] = [
  carrierAdminResource({
    name: "supplyChain",
    icon: StoreOutlined,
    list: SupplyChainList,
    create: SupplyChainCreate,
    edit: SupplyChainEdit,
  }),
];

/** What the admin console loads from this feature's remote (apps/admin/src/features.ts). */
export const adminFeature: TAdminFeature = {
  name: "supply-chain",
  resources: supplyChainAdminResources,
  messages: supplyChainAdminMessages,
};

export { supplyChainAdminMessages };
export { SupplyChainInputs } from "./supply-chain-inputs";
