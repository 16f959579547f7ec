import type { Meta, StoryObj } from "@storybook/react-vite";
import Card from "@mui/material/Card";
import { LoadingState } from "../src";

const meta = {
  title: "States/LoadingState",
  component: LoadingState,
  decorators: [
    (Story) => (
      <Card sx={{ maxWidth: 560 }}>
        <Story />
      </Card>
    ),
  ],
} satisfies Meta<typeof LoadingState>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Normal: Story = {};
export const CustomLabel: Story = { args: { label: "正在统计各镇街数据…" } };
