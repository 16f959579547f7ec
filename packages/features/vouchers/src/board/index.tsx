import ConfirmationNumberOutlined from "@mui/icons-material/ConfirmationNumberOutlined";
import type { ResourceProps } from "@refinedev/core";
import { featureBoardRpc, pathOf, type TBoardFeature } from "@qifu/ui/board";
import { vouchersBoardMessages } from "./messages";
import { VouchersBoardPage, VouchersHomeSection } from "./vouchers-board";
import type { vouchersRouters } from "../server";

const { api } = featureBoardRpc<typeof vouchersRouters>();

export const vouchersBoardResources: ResourceProps[] = [
  { name: "vouchers", list: "/vouchers", meta: { icon: <ConfirmationNumberOutlined /> } },
];

/** What the board loads from this feature's remote (apps/board/src/features.ts lists "vouchers"). */
export const boardFeature: TBoardFeature = {
  name: "vouchers",
  requires: pathOf(api.voucherStats.stats),
  resources: vouchersBoardResources,
  routes: [{ path: "/vouchers", Component: VouchersBoardPage }],
  messages: vouchersBoardMessages,
  homeSections: [{ key: "vouchers", order: 60, Component: VouchersHomeSection }],
};
