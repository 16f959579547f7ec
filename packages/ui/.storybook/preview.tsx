import type { Preview } from "@storybook/react-vite";
import Box from "@mui/material/Box";
import CssBaseline from "@mui/material/CssBaseline";
import { ThemeProvider } from "@mui/material/styles";
import { qifuTheme } from "../src/theme";

const preview: Preview = {
  decorators: [
    // `parameters: { phone: true }` narrows the story to a 375px phone screen minus page padding.
    (Story, { parameters }) => (
      <ThemeProvider theme={qifuTheme}>
        <CssBaseline />
        <Box sx={parameters.phone ? { width: 375 - 32 } : undefined}>
          <Story />
        </Box>
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
