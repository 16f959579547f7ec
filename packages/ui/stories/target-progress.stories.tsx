import type { Meta, StoryObj } from "@storybook/react-vite";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import { TargetProgress } from "../src";

const meta = {
  title: "Components/TargetProgress",
  component: TargetProgress,
  args: { label: "累计链接服务平台", actual: 97, target: 100, unit: "个", year: 2027 },
  decorators: [
    (Story) => (
      <Card sx={{ maxWidth: 420, p: 2 }}>
        <Story />
      </Card>
    ),
  ],
} satisfies Meta<typeof TargetProgress>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Below 60%: warning colour. */
export const BelowTarget: Story = { args: { label: "优质中小企业", actual: 412, target: 1000, unit: "家" } };
/** 60–99%: on track, primary colour. */
export const OnTrack: Story = {};
export const AtTarget: Story = { args: { label: "中小企业服务站", actual: 12, target: 12, unit: "个" } };
export const AboveTarget: Story = { args: { label: "年度服务企业家次", actual: 12860, target: 10000, unit: "家次", year: 2026 } };
export const WithoutYear: Story = { args: { year: undefined } };
export const ZeroTarget: Story = { args: { label: "专精特新产业园（未设目标）", actual: 0, target: 0, unit: "个", year: undefined } };
export const Loading: Story = { args: { loading: true } };
export const CompactLoading: Story = { args: { loading: true, compact: true } };

/** Compact rows in a list, as the board and the public site show all targets. */
export const CompactList: Story = {
  render: () => (
    <Box sx={{ display: "grid", gap: 1 }}>
      <TargetProgress compact label="累计链接服务平台" actual={97} target={100} unit="个" />
      <TargetProgress compact label="优质中小企业" actual={412} target={1000} unit="家" />
      <TargetProgress compact label="中小企业服务站" actual={12} target={12} unit="个" />
      <TargetProgress compact label="专精特新产业园" actual={2} target={3} unit="个" />
      <TargetProgress compact label="中小企业特色产业集群（含省级、市级认定的集群）" actual={4} target={3} unit="个" />
      <TargetProgress compact label="年度服务企业家次" actual={12860} target={10000} unit="家次" />
    </Box>
  ),
};
