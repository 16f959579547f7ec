import type { Meta, StoryObj } from "@storybook/react-vite";
import Button from "@mui/material/Button";
import { BarChart, ChartCard } from "../src";
import { activeNodes, towns } from "./sample-data";

const meta = {
  title: "Charts/ChartCard",
  component: ChartCard,
  args: {
    title: "各镇街运营中服务节点",
    subtitle: "单位：个",
    children: <BarChart categories={towns} series={[{ name: "服务节点", data: activeNodes }]} />,
  },
} satisfies Meta<typeof ChartCard>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Normal: Story = {};
export const Loading: Story = { args: { loading: true } };
export const Empty: Story = { args: { empty: true } };
export const EmptyCustomText: Story = { args: { empty: true, emptyText: "该年度暂无统计数据" } };
export const WithAction: Story = { args: { action: <Button size="small">查看全部</Button> } };
export const LongTitlePhone: Story = {
  args: {
    title: "各镇街运营中服务节点及累计链接服务平台数量",
    subtitle: "统计口径：截至上月末，含暂停服务节点",
    action: <Button size="small">导出</Button>,
  },
  parameters: { phone: true },
};
