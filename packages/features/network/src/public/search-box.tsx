import { useEffect, useState, type FormEvent } from "react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import IconButton from "@mui/material/IconButton";
import InputAdornment from "@mui/material/InputAdornment";
import TextField from "@mui/material/TextField";
import ClearIcon from "@mui/icons-material/Clear";
import SearchIcon from "@mui/icons-material/Search";
import { useNetworkPublic } from "./context";

/**
 * The node search field. `name="q"` and the aria-label 搜索服务节点 are the hooks end-to-end
 * tests use; keep them stable.
 */
export function SearchBox({
  value,
  onSearch,
  placeholder,
  size = "medium",
  onDark = false,
}: {
  value: string;
  onSearch: (q: string) => void;
  placeholder?: string;
  size?: "small" | "medium";
  onDark?: boolean;
}) {
  const { t } = useNetworkPublic();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch(draft.trim());
  };
  return (
    <Box component="form" role="search" onSubmit={submit} sx={{ display: "flex", gap: 1, width: "100%" }}>
      <TextField
        name="q"
        type="search"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        placeholder={placeholder ?? t.searchPlaceholder}
        size={size}
        fullWidth
        autoComplete="off"
        slotProps={{
          htmlInput: { "aria-label": t.searchLabel, maxLength: 100, enterKeyHint: "search" },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon color="action" />
              </InputAdornment>
            ),
            endAdornment: draft ? (
              <InputAdornment position="end">
                <IconButton
                  aria-label={t.clearSearch}
                  onClick={() => {
                    setDraft("");
                    onSearch("");
                  }}
                  edge="end"
                  sx={{ width: 40, height: 40 }}
                >
                  <ClearIcon fontSize="small" />
                </IconButton>
              </InputAdornment>
            ) : undefined,
          },
        }}
        sx={{
          bgcolor: "background.paper",
          borderRadius: 1,
          "& input[type=search]::-webkit-search-cancel-button": { display: "none" },
          ...(onDark ? { "& .MuiOutlinedInput-notchedOutline": { border: "none" } } : {}),
        }}
      />
      <Button
        type="submit"
        variant="contained"
        color={onDark ? "secondary" : "primary"}
        sx={{ flexShrink: 0, minWidth: { xs: 64, sm: 96 }, minHeight: size === "small" ? 40 : 56 }}
      >
        {t.search}
      </Button>
    </Box>
  );
}
