import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Typography from "@mui/material/Typography";
import ErrorOutline from "@mui/icons-material/ErrorOutline";
import Refresh from "@mui/icons-material/Refresh";
import { useUiText } from "../ui-text";

export interface ErrorStateProps {
  /** Already translated, e.g. from `messageOf(err)`. */
  message: string;
  onRetry?: () => void;
}

export function ErrorState({ message, onRetry }: ErrorStateProps) {
  const text = useUiText();
  return (
    <Box
      role="alert"
      sx={{
        display: "flex",
        flexDirection: "column",
        alignItems: "center",
        justifyContent: "center",
        textAlign: "center",
        gap: 1,
        py: 5,
        px: 2,
      }}
    >
      <Box
        sx={{
          width: 56,
          height: 56,
          borderRadius: "50%",
          bgcolor: "rgba(198,40,40,0.08)",
          display: "flex",
          alignItems: "center",
          justifyContent: "center",
          mb: 0.5,
        }}
      >
        <ErrorOutline sx={{ fontSize: 32, color: "error.main" }} />
      </Box>
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
        {text.loadFailed}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ maxWidth: 420, wordBreak: "break-word" }}>
        {message}
      </Typography>
      {onRetry && (
        <Button variant="outlined" size="small" startIcon={<Refresh />} onClick={onRetry} sx={{ mt: 1 }}>
          {text.retry}
        </Button>
      )}
    </Box>
  );
}
