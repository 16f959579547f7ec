import type { Meta, StoryObj } from "@storybook/react-vite";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import { EmptyState } from "../src";

const meta = {
  title: "States/EmptyState",
  component: EmptyState,
  args: { title: "暂无服务节点", description: "当前筛选条件下没有找到服务节点，请调整镇街或类型后再试。" },
  decorators: [
    (Story) => (
      <Card sx={{ maxWidth: 560 }}>
        <Story />
      </Card>
    ),
  ],
} satisfies Meta<typeof EmptyState>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Normal: Story = {};
export const WithAction: Story = {
  args: {
    title: "还没有录入年度目标",
    description: "录入 2027 年目标后，这里会显示完成进度。",
    action: <Button variant="contained">新增目标</Button>,
  },
};
export const TitleOnly: Story = { args: { description: undefined } };
export const Compact: Story = { args: { title: "暂无数据", description: undefined, compact: true } };
export const Phone: Story = { ...WithAction, parameters: { phone: true } };
