import { useState, type ReactNode } from "react";
import { useUiText } from "../ui-text";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";

/** A button that opens a dialog of inputs and runs `onConfirm`; closes when it succeeds. */
export function StepDialogButton({
  label,
  title,
  children,
  onConfirm,
  color = "primary",
  variant = "contained",
  disabled,
}: {
  label: string;
  title: string;
  children: ReactNode;
  onConfirm: () => Promise<boolean>;
  color?: "primary" | "error";
  variant?: "contained" | "outlined" | "text";
  disabled?: boolean;
}) {
  // the words every workflow dialog of the console has used (确定 / 取消), not react-admin's 确认
  const ui = useUiText();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <Button size="small" variant={variant} color={color} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{title}</DialogTitle>
        <DialogContent sx={{ display: "grid", gap: 2, pt: "8px !important" }}>{children}</DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{ui.cancel}</Button>
          <Button
            variant="contained"
            color={color}
            disabled={busy || disabled}
            onClick={async () => {
              setBusy(true);
              const ok = await onConfirm();
              setBusy(false);
              if (ok) setOpen(false);
            }}
          >
            {ui.confirm}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
