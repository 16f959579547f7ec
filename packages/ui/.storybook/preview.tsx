import type { Preview } from "@storybook/react-vite";
import CssBaseline from "@mui/material/CssBaseline";
import { ThemeProvider } from "@mui/material/styles";
import { qifuTheme } from "../src/theme";

const preview: Preview = {
  decorators: [
    (Story) => (
      <ThemeProvider theme={qifuTheme}>
        <CssBaseline />
        <Story />
      </ThemeProvider>
    ),
  ],
  parameters: {
    layout: "padded",
    backgrounds: { options: { surface: { name: "页面底色", value: "#f5f7fb" }, white: { name: "白色", value: "#ffffff" } } },
  },
  initialGlobals: { backgrounds: { value: "surface" } },
};
export default preview;
