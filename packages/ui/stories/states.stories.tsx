import type { Meta, StoryObj } from "@storybook/react-vite";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import { EmptyState, ErrorState, LoadingState, StatusChip } from "../src";

const meta = { title: "状态/页面状态", parameters: { layout: "padded" } } satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const inCard = (node: React.ReactNode) => <Card sx={{ maxWidth: 560 }}>{node}</Card>;

export const Empty: Story = { render: () => inCard(<EmptyState title="暂无服务节点" description="当前筛选条件下没有找到服务节点，请调整镇街或类型后再试。" />) };
export const EmptyWithAction: Story = {
  render: () => inCard(<EmptyState title="还没有录入年度目标" description="录入 2027 年目标后，这里会显示完成进度。" action={<Button variant="contained">新增目标</Button>} />),
};
export const EmptyCompact: Story = { render: () => inCard(<EmptyState compact title="暂无数据" />) };
export const Loading: Story = { render: () => inCard(<LoadingState />) };
export const LoadingCustomLabel: Story = { render: () => inCard(<LoadingState label="正在统计各镇街数据…" />) };
export const ErrorWithRetry: Story = { render: () => inCard(<ErrorState message="网络连接失败，请检查网络后重试" onRetry={() => undefined} />) };
export const ErrorWithoutRetry: Story = { render: () => inCard(<ErrorState message="您无权执行此操作" />) };
export const ErrorLongMessage: Story = {
  render: () => inCard(<ErrorState message="服务器暂时无法处理请求（错误编号 7f3a9c2e-41b8-4d5e-a1f0-93c2b7e8d6aa），请稍后重试；如问题持续存在，请联系区中小企业服务中心技术支持。" onRetry={() => undefined} />),
};

export const StatusChips: Story = {
  render: () => (
    <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap" }}>
      <StatusChip label="运营中" tone="success" />
      <StatusChip label="暂停服务" tone="warning" />
      <StatusChip label="已关闭" tone="danger" />
      <StatusChip label="未认定" tone="default" />
      <StatusChip label="省级示范" tone="info" />
    </Box>
  ),
};
