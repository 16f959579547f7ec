import { useState } from "react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import Typography from "@mui/material/Typography";
import { BarChart, ChartCard } from "../src";
import { activeNodes, longNodeNames, nodeKinds, nodesByKind, towns } from "./sample-data";

const meta = {
  title: "Charts/BarChart",
  component: BarChart,
  args: { categories: towns, series: [{ name: "服务节点", data: activeNodes }] },
  decorators: [
    (Story) => (
      <ChartCard title="各镇街运营中服务节点" subtitle="单位：个">
        <Story />
      </ChartCard>
    ),
  ],
} satisfies Meta<typeof BarChart>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The 12 towns: labels rotate and shorten when they do not fit. */
export const Towns: Story = {};
export const TownsPhone: Story = { parameters: { phone: true } };

const visits = { categories: longNodeNames, series: [{ name: "服务家次", data: [326, 214, 187, 96, 41] }] };
export const HorizontalLongLabels: Story = { args: { horizontal: true, ...visits } };
export const HorizontalPhone: Story = { args: { horizontal: true, ...visits }, parameters: { phone: true } };

export const Stacked: Story = {
  args: {
    stacked: true,
    series: [
      { name: "运营中", data: activeNodes },
      { name: "暂停服务", data: [1, 0, 2, 0, 3, 1, 1, 0, 0, 1, 0, 2] },
      { name: "已关闭", data: [0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0] },
    ],
  },
};
export const StackedPhone: Story = { ...Stacked, parameters: { phone: true } };

export const Grouped: Story = {
  args: {
    categories: nodeKinds,
    series: [
      { name: "2025 年", data: nodesByKind.map((n) => Math.max(0, n - 3)) },
      { name: "2026 年", data: nodesByKind },
    ],
  },
};

/** Click a bar or a town name; the card shows what the app receives. */
export const Clickable: Story = {
  render: function Render(args) {
    const [clicked, setClicked] = useState("（尚未点击）");
    return (
      <>
        <BarChart {...args} onClickCategory={(c, i) => setClicked(`${c}（第 ${i + 1} 项）`)} />
        <Typography variant="caption" color="text.secondary" sx={{ px: 1 }}>
          已选：{clicked}
        </Typography>
      </>
    );
  },
};

export const Empty: Story = { args: { categories: [], series: [] } };
export const EmptySeries: Story = { args: { series: [{ name: "服务节点", data: [] }] } };
