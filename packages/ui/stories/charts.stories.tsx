import { useState } from "react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import { BarChart, ChartCard, LineChart, PieChart } from "../src";
import { activeNodes, linkedCumulative, longNodeNames, nodeKinds, nodesByKind, towns, years } from "./sample-data";

const meta = { title: "图表/图表", parameters: { layout: "padded" } } satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

/** Phone width: the narrowest screen the dashboards support. */
const phone = (node: React.ReactNode) => <Box sx={{ width: 375 - 32 }}>{node}</Box>;

export const BarTowns: Story = {
  render: () => (
    <ChartCard title="各镇街运营中服务节点" subtitle="单位：个">
      <BarChart categories={towns} series={[{ name: "服务节点", data: activeNodes }]} />
    </ChartCard>
  ),
};

export const BarTownsPhone: Story = { render: () => phone(<ChartCard title="各镇街运营中服务节点"><BarChart categories={towns} series={[{ name: "服务节点", data: activeNodes }]} /></ChartCard>) };

export const BarHorizontalLongLabels: Story = {
  render: () => (
    <ChartCard title="服务节点服务企业家次" subtitle="2026 年 1–2 月">
      <BarChart horizontal categories={longNodeNames} series={[{ name: "服务家次", data: [326, 214, 187, 96, 41] }]} />
    </ChartCard>
  ),
};

export const BarHorizontalPhone: Story = {
  render: () => phone(<ChartCard title="服务节点服务企业家次"><BarChart horizontal categories={longNodeNames} series={[{ name: "服务家次", data: [326, 214, 187, 96, 41] }]} /></ChartCard>),
};

export const BarStacked: Story = {
  render: () => (
    <ChartCard title="各镇街服务节点状态">
      <BarChart
        stacked
        categories={towns}
        series={[
          { name: "运营中", data: activeNodes },
          { name: "暂停服务", data: [1, 0, 2, 0, 3, 1, 1, 0, 0, 1, 0, 2] },
          { name: "已关闭", data: [0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0] },
        ]}
      />
    </ChartCard>
  ),
};

export const BarGrouped: Story = {
  render: () => (
    <ChartCard title="服务节点类型分布（2025 与 2026 年）">
      <BarChart categories={nodeKinds} series={[{ name: "2025 年", data: nodesByKind.map((n) => Math.max(0, n - 3)) }, { name: "2026 年", data: nodesByKind }]} />
    </ChartCard>
  ),
};

/** Click a bar or a town name; the story shows what the app receives. */
export const BarClickable: Story = {
  render: function Render() {
    const [clicked, setClicked] = useState<string>("（尚未点击）");
    return (
      <ChartCard title="点击镇街查看节点" action={<Typography variant="caption" color="text.secondary">已选：{clicked}</Typography>}>
        <BarChart categories={towns} series={[{ name: "服务节点", data: activeNodes }]} onClickCategory={(c, i) => setClicked(`${c}（第 ${i + 1} 项）`)} />
      </ChartCard>
    );
  },
};

export const BarEmpty: Story = { render: () => <ChartCard title="各镇街运营中服务节点"><BarChart categories={[]} series={[]} /></ChartCard> };
export const BarAllEmptySeries: Story = { render: () => <ChartCard title="各镇街运营中服务节点"><BarChart categories={towns} series={[{ name: "服务节点", data: [] }]} /></ChartCard> };

export const Pie: Story = {
  render: () => (
    <ChartCard title="服务节点类型构成">
      <PieChart data={nodeKinds.map((name, i) => ({ name, value: nodesByKind[i] }))} />
    </ChartCard>
  ),
};
export const PieDonut: Story = {
  render: () => (
    <ChartCard title="服务节点认定级别">
      <PieChart donut data={[{ name: "国家级示范", value: 3 }, { name: "省级示范", value: 11 }, { name: "市级示范", value: 19 }, { name: "区级示范", value: 26 }, { name: "未认定", value: 72 }, { name: "其他", value: 0 }]} />
    </ChartCard>
  ),
};
export const PieDonutPhone: Story = {
  render: () => phone(<ChartCard title="服务节点类型构成"><PieChart donut data={nodeKinds.map((name, i) => ({ name, value: nodesByKind[i] }))} /></ChartCard>),
};
export const PieEmpty: Story = { render: () => <ChartCard title="服务节点类型构成"><PieChart data={[{ name: "孵化载体", value: 0 }]} /></ChartCard> };

export const LineWithTarget: Story = {
  render: () => (
    <ChartCard title="累计链接服务平台" subtitle="目标：2027 年 100 个以上">
      <LineChart area categories={years.slice(0, 6)} series={[{ name: "累计链接", data: linkedCumulative.slice(0, 6) }]} markLine={{ value: 100, label: "2027 年目标" }} />
    </ChartCard>
  ),
};
export const LineWithTargetPhone: Story = {
  render: () => phone(<ChartCard title="累计链接服务平台"><LineChart area categories={years.slice(0, 6)} series={[{ name: "累计链接", data: linkedCumulative.slice(0, 6) }]} markLine={{ value: 100, label: "目标" }} /></ChartCard>),
};
export const LineMultiSeries: Story = {
  render: () => (
    <ChartCard title="月度服务企业家次" subtitle="线上与线下">
      <LineChart
        categories={["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"]}
        series={[
          { name: "线上", data: [420, 380, 610, 720, 690, 810, 760, 700, 880, 940, 1010, 1120] },
          { name: "线下", data: [510, 330, 560, 600, 640, 620, 580, 560, 700, 720, 760, 800] },
        ]}
      />
    </ChartCard>
  ),
};
export const LineSinglePoint: Story = { render: () => <ChartCard title="累计链接服务平台"><LineChart categories={["2026"]} series={[{ name: "累计链接", data: [88] }]} markLine={{ value: 100, label: "目标" }} /></ChartCard> };
export const LineEmpty: Story = { render: () => <ChartCard title="累计链接服务平台"><LineChart categories={[]} series={[{ name: "累计链接", data: [] }]} /></ChartCard> };

export const CardLoading: Story = { render: () => <ChartCard title="各镇街运营中服务节点" loading><div /></ChartCard> };
export const CardEmpty: Story = { render: () => <ChartCard title="各镇街运营中服务节点" empty emptyText="该年度暂无统计数据"><div /></ChartCard> };
