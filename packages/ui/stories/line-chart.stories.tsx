import type { Meta, StoryObj } from "@storybook/react-vite";
import { ChartCard, LineChart } from "../src";
import { linkedCumulative, years } from "./sample-data";

const meta = {
  title: "Charts/LineChart",
  component: LineChart,
  args: {
    categories: years.slice(0, 6),
    series: [{ name: "累计链接", data: linkedCumulative.slice(0, 6) }],
    area: true,
    markLine: { value: 100, label: "2027 年目标" },
  },
  decorators: [
    (Story) => (
      <ChartCard title="累计链接服务平台" subtitle="目标：2027 年 100 个以上">
        <Story />
      </ChartCard>
    ),
  ],
} satisfies Meta<typeof LineChart>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The target line sits above the data: the axis is widened to show it. */
export const WithTarget: Story = {};
export const WithTargetPhone: Story = { parameters: { phone: true } };
export const NoTarget: Story = { args: { markLine: undefined, area: false } };

const months = ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"];
export const MultiSeries: Story = {
  args: {
    categories: months,
    area: false,
    markLine: undefined,
    series: [
      { name: "线上", data: [420, 380, 610, 720, 690, 810, 760, 700, 880, 940, 1010, 1120] },
      { name: "线下", data: [510, 330, 560, 600, 640, 620, 580, 560, 700, 720, 760, 800] },
    ],
  },
};
export const MultiSeriesPhone: Story = { ...MultiSeries, parameters: { phone: true } };
export const SinglePoint: Story = { args: { categories: ["2026"], series: [{ name: "累计链接", data: [88] }] } };
export const Empty: Story = { args: { categories: [], series: [{ name: "累计链接", data: [] }] } };
