import { DataTable, SelectInput, useTranslate } from "react-admin";
import Box from "@mui/material/Box";
import { formatDate, StatusChip, type StatusTone } from "@qifu/ui";
import { CreatePage, EditPage, useLang } from "@qifu/ui/admin";
import { CarrierList, TownCol, TownFilter } from "@qifu/carrier-kit/admin";
import { IndustrialClusterStatus, KeyChain, type TIndustrialCluster, type TIndustrialClusterStatus } from "../schemas";
import { IndustrialClusterInputs, linksForApi } from "./industrial-cluster-inputs";

export const CLUSTER_TONE: Record<TIndustrialClusterStatus, StatusTone> = { ACTIVE: "success", SUSPENDED: "warning", CLOSED: "default" };

/** "2 处缺链" in red, or a calm "—". */
export function GapChip({ n }: { n: number }) {
  const translate = useTranslate();
  return n > 0 ? <StatusChip label={`${n} · ${translate("industrialClusters.gaps")}`} tone="danger" /> : <>—</>;
}

export function IndustrialClusterList() {
  const lang = useLang();
  const filters = [
    <SelectInput key="chain" source="chain" choices={KeyChain.choices(lang)} alwaysOn sx={{ minWidth: 140 }} />,
    <SelectInput key="status" source="status" choices={IndustrialClusterStatus.choices(lang)} alwaysOn sx={{ minWidth: 120 }} />,
    <TownFilter key="townId" resource="industrialClusters" />,
  ];
  return (
    <CarrierList resource="industrialClusters" filters={filters}>
      <DataTable.Col source="name" render={(r: TIndustrialCluster) => <Box sx={{ fontWeight: 500, maxWidth: 300 }}>{r.name}</Box>} />
      <DataTable.Col source="chain" render={(r: TIndustrialCluster) => KeyChain.label(r.chain, lang)} />
      <TownCol />
      <DataTable.Col source="leadUnit" disableSort render={(r: TIndustrialCluster) => <Box sx={{ maxWidth: 220 }}>{r.leadUnit}</Box>} />
      <DataTable.NumberCol source="memberCount" disableSort />
      <DataTable.Col source="gapCount" disableSort render={(r: TIndustrialCluster) => <GapChip n={r.gapCount} />} />
      <DataTable.Col source="establishedOn" render={(r: TIndustrialCluster) => formatDate(r.establishedOn, lang)} />
      <DataTable.Col
        source="status"
        render={(r: TIndustrialCluster) => (
          <StatusChip label={IndustrialClusterStatus.label(r.status, lang)} tone={CLUSTER_TONE[r.status]} />
        )}
      />
    </CarrierList>
  );
}

export function IndustrialClusterCreate() {
  return (
    <CreatePage transform={linksForApi}>
      <IndustrialClusterInputs />
    </CreatePage>
  );
}

export function IndustrialClusterEdit() {
  return (
    <EditPage transform={linksForApi}>
      <IndustrialClusterInputs />
    </EditPage>
  );
}
