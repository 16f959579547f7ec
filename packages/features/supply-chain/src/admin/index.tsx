import type { TAdminFeature, TAdminResource } from "@qifu/ui/admin";
import ConnectWithoutContactOutlined from "@mui/icons-material/ConnectWithoutContactOutlined";
import HandshakeOutlined from "@mui/icons-material/HandshakeOutlined";
import HubOutlined from "@mui/icons-material/HubOutlined";
import ListAltOutlined from "@mui/icons-material/ListAltOutlined";
import StorefrontOutlined from "@mui/icons-material/StorefrontOutlined";
import { ContactList, DealCreate, DealList } from "./deal-views";
import { supplyChainAdminMessages } from "./messages";
import { ProcurementListCreate, ProcurementListEdit, ProcurementListList, VisitCreate, VisitEdit, VisitList } from "./other-views";
import { PostingCreate, PostingEdit, PostingList } from "./posting-views";

const STAFF = ["DISTRICT_ADMIN", "TOWN_ADMIN", "NODE_OPERATOR"] as const;

/** `access` mirrors the server's policies (server/*.ts); the server decides, per row. */
export const supplyChainAdminResources: TAdminResource[] = [
  {
    name: "supplyChainPostings",
    icon: HubOutlined,
    list: PostingList,
    create: PostingCreate,
    edit: PostingEdit,
    options: { label: "supplyChain.menu_postings" },
    access: { list: [...STAFF], create: [...STAFF], edit: [...STAFF], delete: [...STAFF] },
  },
  {
    name: "supplyChainLists",
    icon: ListAltOutlined,
    list: ProcurementListList,
    create: ProcurementListCreate,
    edit: ProcurementListEdit,
    options: { label: "supplyChain.menu_lists" },
    access: { list: [...STAFF], create: [...STAFF], edit: [...STAFF] },
  },
  {
    name: "supplyChainContacts",
    icon: ConnectWithoutContactOutlined,
    list: ContactList,
    options: { label: "supplyChain.menu_contacts" },
    access: { list: [...STAFF] },
  },
  {
    name: "supplyChainDeals",
    icon: HandshakeOutlined,
    list: DealList,
    create: DealCreate,
    options: { label: "supplyChain.menu_deals" },
    access: { list: [...STAFF], create: [...STAFF], delete: ["DISTRICT_ADMIN"] },
  },
  {
    name: "supplyChainVisits",
    icon: StorefrontOutlined,
    list: VisitList,
    create: VisitCreate,
    edit: VisitEdit,
    recordRepresentation: "title",
    options: { label: "supplyChain.menu_visits" },
    access: { list: [...STAFF], create: [...STAFF], edit: [...STAFF], delete: [...STAFF] },
  },
];

/** What the admin console loads from this feature's remote (apps/admin/src/features.ts). */
export const adminFeature: TAdminFeature = {
  name: "supply-chain",
  resources: supplyChainAdminResources,
  messages: supplyChainAdminMessages,
};
