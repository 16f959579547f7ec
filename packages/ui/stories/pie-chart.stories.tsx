import type { Meta, StoryObj } from "@storybook/react-vite";
import { ChartCard, PieChart } from "../src";
import { nodeKinds, nodesByKind } from "./sample-data";

const meta = {
  title: "Charts/PieChart",
  component: PieChart,
  args: { data: nodeKinds.map((name, i) => ({ name, value: nodesByKind[i] })) },
  decorators: [
    (Story) => (
      <ChartCard title="服务节点类型构成">
        <Story />
      </ChartCard>
    ),
  ],
} satisfies Meta<typeof PieChart>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Normal: Story = {};
const levels = [
  { name: "国家级示范", value: 3 },
  { name: "省级示范", value: 11 },
  { name: "市级示范", value: 19 },
  { name: "区级示范", value: 26 },
  { name: "未认定", value: 72 },
  { name: "其他", value: 0 },
];
/** Zero slices are left out instead of piling their labels up. */
export const Donut: Story = { args: { donut: true, data: levels } };
export const DonutPhone: Story = { args: { donut: true }, parameters: { phone: true } };
export const Empty: Story = { args: { data: [{ name: "孵化载体", value: 0 }] } };
