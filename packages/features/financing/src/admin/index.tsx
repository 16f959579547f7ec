import type { TAdminFeature, TAdminResource } from "@qifu/ui/admin";
import AccountBalanceOutlined from "@mui/icons-material/AccountBalanceOutlined";
import MoveToInboxOutlined from "@mui/icons-material/MoveToInboxOutlined";
import RequestQuoteOutlined from "@mui/icons-material/RequestQuoteOutlined";
import ShieldOutlined from "@mui/icons-material/ShieldOutlined";
import TrendingUpOutlined from "@mui/icons-material/TrendingUpOutlined";
import { financingAdminMessages } from "./messages";
import { InvestmentCreate, InvestmentEdit, InvestmentList, NeedList, SchemeCreate, SchemeEdit, SchemeList } from "./other-views";
import { ProductCreate, ProductEdit, ProductList } from "./product-views";
import { SendingList } from "./sending-views";

const STAFF = ["DISTRICT_ADMIN", "TOWN_ADMIN"] as const;
const ALL_STAFF = [...STAFF, "NODE_OPERATOR"] as const;

/** `access` mirrors the server's policies (server/*.ts); the server decides, per row. */
export const financingAdminResources: TAdminResource[] = [
  {
    name: "financingSendings",
    icon: MoveToInboxOutlined,
    list: SendingList,
    options: { label: "financing.menu_sendings" },
    access: { list: [...ALL_STAFF] },
  },
  {
    name: "financingProducts",
    icon: AccountBalanceOutlined,
    list: ProductList,
    create: ProductCreate,
    edit: ProductEdit,
    recordRepresentation: "name",
    options: { label: "financing.menu_products" },
    access: {
      list: [...ALL_STAFF],
      create: ["DISTRICT_ADMIN", "NODE_OPERATOR"],
      edit: ["DISTRICT_ADMIN", "NODE_OPERATOR"],
      delete: ["DISTRICT_ADMIN"],
    },
  },
  {
    name: "financingNeeds",
    icon: RequestQuoteOutlined,
    list: NeedList,
    options: { label: "financing.menu_needs" },
    access: { list: [...ALL_STAFF] },
  },
  {
    name: "financingSchemes",
    icon: ShieldOutlined,
    list: SchemeList,
    create: SchemeCreate,
    edit: SchemeEdit,
    recordRepresentation: "name",
    options: { label: "financing.menu_schemes" },
    access: { list: [...STAFF], create: ["DISTRICT_ADMIN"], edit: ["DISTRICT_ADMIN"], delete: ["DISTRICT_ADMIN"] },
  },
  {
    name: "fundInvestments",
    icon: TrendingUpOutlined,
    list: InvestmentList,
    create: InvestmentCreate,
    edit: InvestmentEdit,
    options: { label: "financing.menu_investments" },
    access: { list: [...STAFF], create: ["DISTRICT_ADMIN"], edit: ["DISTRICT_ADMIN"], delete: ["DISTRICT_ADMIN"] },
  },
];

/** What the admin console loads from this feature's remote (apps/admin/src/features.ts). */
export const adminFeature: TAdminFeature = { name: "financing", resources: financingAdminResources, messages: financingAdminMessages };
