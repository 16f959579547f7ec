import type { Meta, StoryObj } from "@storybook/react-vite";
import Box from "@mui/material/Box";
import HubOutlined from "@mui/icons-material/HubOutlined";
import StorefrontOutlined from "@mui/icons-material/StorefrontOutlined";
import LinkOutlined from "@mui/icons-material/LinkOutlined";
import WarningAmberOutlined from "@mui/icons-material/WarningAmberOutlined";
import { StatCard } from "../src";

const meta = {
  title: "Components/StatCard",
  component: StatCard,
  args: { label: "运营中服务节点", value: 131, unit: "个" },
  // One card at the width of a dashboard grid cell; `wide` stories lay out several.
  decorators: [
    (Story, { parameters }) => (
      <Box sx={{ maxWidth: parameters.wide ? "none" : 320 }}>
        <Story />
      </Box>
    ),
  ],
} satisfies Meta<typeof StatCard>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Normal: Story = { args: { icon: <HubOutlined />, hint: "较上月新增 6 个" } };
export const Loading: Story = { args: { icon: <HubOutlined />, hint: "较上月新增 6 个", loading: true } };
export const LargeNumber: Story = {
  args: { label: "年度服务企业家次", value: 12860, unit: "家次", tone: "success", icon: <StorefrontOutlined /> },
};
export const TextValue: Story = { args: { label: "数据更新时间", value: "2026-03-01", unit: undefined, tone: "primary" } };
export const LongLabel: Story = {
  args: {
    label: "累计链接服务平台（含省市级示范平台及行业协会商会）",
    value: 97,
    unit: "个",
    hint: "目标 100 个（2027 年）",
    icon: <LinkOutlined />,
  },
};

/** The four tones side by side, in a grid as the dashboards use them. */
export const Tones: Story = {
  parameters: { wide: true },
  render: () => (
    <Box sx={{ display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", sm: "repeat(2, 1fr)", md: "repeat(4, 1fr)" } }}>
      <StatCard label="运营中服务节点" value={131} unit="个" icon={<HubOutlined />} tone="primary" hint="覆盖 12 个镇街" />
      <StatCard label="累计链接服务平台" value={97} unit="个" icon={<LinkOutlined />} tone="success" hint="目标 100 个" />
      <StatCard label="待提交月报" value={8} unit="份" icon={<StorefrontOutlined />} tone="warning" hint="截止 3 月 10 日" />
      <StatCard label="超时未办结诉求" value={3} unit="件" icon={<WarningAmberOutlined />} tone="danger" hint="请尽快督办" />
    </Box>
  ),
};
