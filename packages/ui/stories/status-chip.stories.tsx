import type { Meta, StoryObj } from "@storybook/react-vite";
import Box from "@mui/material/Box";
import { StatusChip } from "../src";

const meta = {
  title: "Components/StatusChip",
  component: StatusChip,
  args: { label: "运营中", tone: "success" },
} satisfies Meta<typeof StatusChip>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Success: Story = {};
export const Warning: Story = { args: { label: "暂停服务", tone: "warning" } };
export const Danger: Story = { args: { label: "已关闭", tone: "danger" } };
export const Info: Story = { args: { label: "省级示范", tone: "info" } };
export const Default: Story = { args: { label: "未认定", tone: "default" } };

/** All tones as the node list shows them. */
export const AllTones: Story = {
  render: () => (
    <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap" }}>
      <StatusChip label="运营中" tone="success" />
      <StatusChip label="暂停服务" tone="warning" />
      <StatusChip label="已关闭" tone="danger" />
      <StatusChip label="省级示范" tone="info" />
      <StatusChip label="未认定" tone="default" />
    </Box>
  ),
};
