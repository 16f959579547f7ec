import type { TAdminFeature, TAdminResource } from "@qifu/ui/admin";
import AssessmentOutlined from "@mui/icons-material/AssessmentOutlined";
import ChecklistOutlined from "@mui/icons-material/ChecklistOutlined";
import ConnectWithoutContactOutlined from "@mui/icons-material/ConnectWithoutContactOutlined";
import EmojiEventsOutlined from "@mui/icons-material/EmojiEventsOutlined";
import ListAltOutlined from "@mui/icons-material/ListAltOutlined";
import RequestQuoteOutlined from "@mui/icons-material/RequestQuoteOutlined";
import WidgetsOutlined from "@mui/icons-material/WidgetsOutlined";
import { digitalAdminMessages } from "./messages";
import {
  BenchmarkCreate,
  BenchmarkEdit,
  BenchmarkList,
  ContactList,
  DiagnosisList,
  IndicatorCreate,
  IndicatorEdit,
  IndicatorList,
  NeedList,
  SetCreate,
  SetEdit,
  SetList,
  SolutionCreate,
  SolutionEdit,
  SolutionList,
} from "./views";

const STAFF = ["DISTRICT_ADMIN", "TOWN_ADMIN"] as const;
const ALL_STAFF = [...STAFF, "NODE_OPERATOR"] as const;
const DISTRICT = ["DISTRICT_ADMIN"] as const;

/** `access` mirrors the server's policies (server/*.ts); the server decides, per row. */
export const digitalAdminResources: TAdminResource[] = [
  {
    name: "digitalDiagnoses",
    icon: AssessmentOutlined,
    list: DiagnosisList,
    options: { label: "digital.menu_diagnoses" },
    access: { list: [...ALL_STAFF] },
  },
  {
    name: "digitalNeeds",
    icon: ListAltOutlined,
    list: NeedList,
    options: { label: "digital.menu_needs" },
    access: { list: [...ALL_STAFF] },
  },
  {
    name: "digitalSolutions",
    icon: WidgetsOutlined,
    list: SolutionList,
    create: SolutionCreate,
    edit: SolutionEdit,
    recordRepresentation: "name",
    options: { label: "digital.menu_solutions" },
    access: {
      list: [...ALL_STAFF],
      create: ["DISTRICT_ADMIN", "NODE_OPERATOR"],
      edit: ["DISTRICT_ADMIN", "NODE_OPERATOR"],
      delete: [...DISTRICT],
    },
  },
  {
    name: "digitalContacts",
    icon: ConnectWithoutContactOutlined,
    list: ContactList,
    options: { label: "digital.menu_contacts" },
    access: { list: [...ALL_STAFF] },
  },
  {
    name: "digitalBenchmarks",
    icon: EmojiEventsOutlined,
    list: BenchmarkList,
    create: BenchmarkCreate,
    edit: BenchmarkEdit,
    recordRepresentation: "title",
    options: { label: "digital.menu_benchmarks" },
    access: { list: [...STAFF], create: [...DISTRICT], edit: [...DISTRICT], delete: [...DISTRICT] },
  },
  {
    name: "digitalSets",
    icon: RequestQuoteOutlined,
    list: SetList,
    create: SetCreate,
    edit: SetEdit,
    recordRepresentation: "name",
    options: { label: "digital.menu_sets" },
    access: { list: [...DISTRICT], create: [...DISTRICT], edit: [...DISTRICT], delete: [...DISTRICT] },
  },
  {
    name: "digitalIndicators",
    icon: ChecklistOutlined,
    list: IndicatorList,
    create: IndicatorCreate,
    edit: IndicatorEdit,
    recordRepresentation: "name",
    options: { label: "digital.menu_indicators" },
    access: { list: [...DISTRICT], create: [...DISTRICT], edit: [...DISTRICT], delete: [...DISTRICT] },
  },
];

/** What the admin console loads from this feature's remote (apps/admin/src/features.ts). */
export const adminFeature: TAdminFeature = { name: "digital", resources: digitalAdminResources, messages: digitalAdminMessages };
