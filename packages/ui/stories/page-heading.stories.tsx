import type { Meta, StoryObj } from "@storybook/react-vite";
import Button from "@mui/material/Button";
import { PageHeading } from "../src";

const meta = {
  title: "Components/PageHeading",
  component: PageHeading,
  args: { title: "服务网络概览", subtitle: "全区 1+12+N 服务网络" },
} satisfies Meta<typeof PageHeading>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Normal: Story = {};
export const WithActions: Story = { args: { actions: <Button variant="outlined">查看服务节点</Button> } };
export const TitleOnly: Story = { args: { subtitle: undefined } };
export const Phone: Story = {
  args: { title: "狮岭皮革皮具产业集群公共服务平台 · 服务运行总览", actions: <Button variant="outlined">查看服务节点</Button> },
  parameters: { phone: true },
};
