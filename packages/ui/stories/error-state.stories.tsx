import type { Meta, StoryObj } from "@storybook/react-vite";
import Card from "@mui/material/Card";
import { ErrorState } from "../src";

const meta = {
  title: "States/ErrorState",
  component: ErrorState,
  args: { message: "网络连接失败，请检查网络后重试", onRetry: () => undefined },
  decorators: [
    (Story) => (
      <Card sx={{ maxWidth: 560 }}>
        <Story />
      </Card>
    ),
  ],
} satisfies Meta<typeof ErrorState>;
export default meta;
type Story = StoryObj<typeof meta>;

export const WithRetry: Story = {};
/** No retry when retrying cannot help, e.g. a permission error. */
export const WithoutRetry: Story = { args: { message: "您无权执行此操作", onRetry: undefined } };
export const LongMessage: Story = {
  args: {
    message:
      "服务器暂时无法处理请求（错误编号 7f3a9c2e-41b8-4d5e-a1f0-93c2b7e8d6aa），请稍后重试；如问题持续存在，请联系区中小企业服务中心技术支持。",
  },
};
export const Phone: Story = { ...LongMessage, parameters: { phone: true } };
