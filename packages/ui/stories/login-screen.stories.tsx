import type { Meta, StoryObj } from "@storybook/react-vite";
import { MINIMAL_VIEWPORTS } from "storybook/viewport";
import Box from "@mui/material/Box";
import Link from "@mui/material/Link";
import FlagOutlined from "@mui/icons-material/FlagOutlined";
import HubOutlined from "@mui/icons-material/HubOutlined";
import InsightsOutlined from "@mui/icons-material/InsightsOutlined";
import { LoginScreen, qifuPalette } from "../src";

/** A stand-in for the apps' marks: 企 on a rounded square, white on the blue panel. */
function Mark({ size, onDark }: { size: number; onDark: boolean }) {
  return (
    <Box
      aria-hidden
      sx={{
        width: size,
        height: size,
        borderRadius: "22%",
        display: "inline-flex",
        alignItems: "center",
        justifyContent: "center",
        flexShrink: 0,
        fontWeight: 700,
        fontSize: size * 0.55,
        bgcolor: onDark ? "#fff" : qifuPalette.primary,
        color: onDark ? qifuPalette.primary : "#fff",
      }}
    >
      企
    </Box>
  );
}

const meta = {
  title: "Pages/LoginScreen",
  component: LoginScreen,
  args: {
    brandMark: (size, onDark) => <Mark size={size} onDark={onDark} />,
    brandName: "企服",
    productName: "花都区中小企业公共服务平台",
    tagline: "1+12+N 中小企业服务网络 · 五大服务载体 · 五位一体工程",
    footer: "花都区中小企业服务中心",
    title: "登录管理后台",
    subtitle: "供区、镇街及服务节点工作人员使用",
    labels: {
      username: "用户名",
      password: "密码",
      submit: "登录",
      submitting: "正在登录…",
      showPassword: "显示密码",
      hidePassword: "隐藏密码",
      usernameRequired: "请输入用户名",
      passwordRequired: "请输入密码",
    },
    submitting: false,
    onSubmit: () => undefined,
    belowForm: (
      <>
        企业用户？{" "}
        <Link href="#" underline="hover">
          前往企业服务门户
        </Link>
      </>
    ),
  },
  parameters: {
    // A whole page: no padding, and a phone viewport for the narrow layout (the panel hides below 900px).
    layout: "fullscreen",
    viewport: {
      options: { ...MINIMAL_VIEWPORTS, phone: { name: "手机 375", styles: { width: "375px", height: "812px" }, type: "mobile" } },
    },
  },
} satisfies Meta<typeof LoginScreen>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};
export const Submitting: Story = { args: { submitting: true } };
export const WithError: Story = { args: { error: "用户名或密码错误，还可尝试 4 次。" } };
/** The board's variant: a product name of its own and what it is for, one line each. */
export const WithHighlights: Story = {
  args: {
    brandName: "花都区中小企业公共服务",
    productName: "评价看板",
    compactName: "花都区中小企业公共服务 · 评价看板",
    tagline: "汇集“1+12+N”服务网络、年度目标与示范平台情况，一屏掌握全区中小企业公共服务体系运行态势。",
    highlights: [
      { icon: <HubOutlined />, text: "服务网络：区、镇街、服务节点分布与运营状态" },
      { icon: <FlagOutlined />, text: "目标进度：按实时数据计算三年行动计划完成情况" },
      { icon: <InsightsOutlined />, text: "示范平台：国家、省、市、区级示范认定情况" },
    ],
    title: "登录评价看板",
    subtitle: "供区、镇街工作人员及评审专家使用",
  },
};
export const Phone: Story = { ...WithError, globals: { viewport: { value: "phone", isRotated: false } } };
