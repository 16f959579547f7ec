import type { Meta, StoryObj } from "@storybook/react-vite";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import Typography from "@mui/material/Typography";
import HubOutlined from "@mui/icons-material/HubOutlined";
import LinkOutlined from "@mui/icons-material/LinkOutlined";
import StorefrontOutlined from "@mui/icons-material/StorefrontOutlined";
import WarningAmberOutlined from "@mui/icons-material/WarningAmberOutlined";
import { BarChart, ChartCard, LineChart, PieChart, StatCard, TargetProgress } from "../src";
import { activeNodes, linkedCumulative, nodeKinds, nodesByKind, towns, years } from "./sample-data";

const meta = { title: "Overview/Dashboard", parameters: { layout: "padded" } } satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

/** The kit put together the way the board and admin home pages use it; resize to see it reflow. */
function Dashboard({ loading = false }: { loading?: boolean }) {
  return (
    <Box
      sx={{ display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", md: "repeat(2, minmax(0, 1fr))", lg: "repeat(4, minmax(0, 1fr))" } }}
    >
      <StatCard label="运营中服务节点" value={131} unit="个" icon={<HubOutlined />} hint="覆盖 12 个镇街" loading={loading} />
      <StatCard
        label="累计链接服务平台"
        value={97}
        unit="个"
        icon={<LinkOutlined />}
        tone="success"
        hint="目标 100 个（2027 年）"
        loading={loading}
      />
      <StatCard
        label="中小企业服务站"
        value={12}
        unit="个"
        icon={<StorefrontOutlined />}
        tone="warning"
        hint="每个镇街至少 1 个"
        loading={loading}
      />
      <StatCard label="暂停服务节点" value={11} unit="个" icon={<WarningAmberOutlined />} tone="danger" loading={loading} />
      <Box sx={{ gridColumn: { md: "span 2" } }}>
        <ChartCard title="各镇街运营中服务节点" subtitle="单位：个" loading={loading}>
          <BarChart categories={towns} series={[{ name: "服务节点", data: activeNodes }]} />
        </ChartCard>
      </Box>
      <Box sx={{ gridColumn: { md: "span 2" } }}>
        <ChartCard title="服务节点类型构成" loading={loading}>
          <PieChart donut data={nodeKinds.map((name, i) => ({ name, value: nodesByKind[i] }))} />
        </ChartCard>
      </Box>
      <Box sx={{ gridColumn: { md: "span 2" } }}>
        <ChartCard title="累计链接服务平台" subtitle="目标：2027 年 100 个以上" loading={loading}>
          <LineChart
            area
            categories={years.slice(0, 6)}
            series={[{ name: "累计链接", data: linkedCumulative.slice(0, 6) }]}
            markLine={{ value: 100, label: "2027 年目标" }}
          />
        </ChartCard>
      </Box>
      <Card sx={{ gridColumn: { md: "span 2" }, p: 2.5 }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1 }}>
          2027 年目标完成情况
        </Typography>
        <TargetProgress label="累计链接服务平台" actual={97} target={100} unit="个" year={2027} loading={loading} />
        <TargetProgress label="优质中小企业" actual={412} target={1000} unit="家" year={2027} loading={loading} />
        <TargetProgress compact label="中小企业服务站" actual={12} target={12} unit="个" loading={loading} />
        <TargetProgress compact label="专精特新产业园" actual={2} target={3} unit="个" loading={loading} />
        <TargetProgress compact label="中小企业特色产业集群" actual={4} target={3} unit="个" loading={loading} />
      </Card>
    </Box>
  );
}

export const Desktop: Story = { render: () => <Dashboard /> };
export const Loading: Story = { render: () => <Dashboard loading /> };
