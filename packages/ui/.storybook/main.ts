import type { StorybookConfig } from "@storybook/react-vite";

const config: StorybookConfig = {
  stories: ["../stories/**/*.stories.@(ts|tsx)"],
  framework: { name: "@storybook/react-vite", options: {} },
  // Offline and government intranet: no telemetry, no addons that fetch anything.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  addons: [],
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import("vite");
    return mergeConfig(viteConfig, {
      build: {
        // A static Storybook is one bundle of MUI + echarts; its size is not a product concern.
        chunkSizeWarningLimit: 2500,
        rolldownOptions: {
          // MUI marks modules "use client"; meaningless in a client-only bundle.
          onwarn(warning: { code?: string }, warn: (w: { code?: string }) => void) {
            if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
          },
        },
      },
    });
  },
};
export default config;
