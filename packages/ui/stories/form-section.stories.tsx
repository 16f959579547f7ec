import type { Meta, StoryObj } from "@storybook/react-vite";
import TextField from "@mui/material/TextField";
import { FormSection } from "../src";

const meta: Meta<typeof FormSection> = { title: "Components/FormSection", component: FormSection };
export default meta;
type Story = StoryObj<typeof FormSection>;

const fields = (
  <>
    <TextField label="名称" fullWidth margin="dense" className="span-all" />
    <TextField label="联系人" fullWidth margin="dense" />
    <TextField label="联系电话" fullWidth margin="dense" />
  </>
);

export const TwoColumns: Story = { args: { title: "基本信息", children: fields } };
export const WithHint: Story = { args: { title: "地址与联系方式", hint: "将在公共服务平台上公开", children: fields } };
export const ThreeColumns: Story = { args: { title: "服务能力", columns: 3, children: fields } };
