import { useEffect, useState } from "react";
import { Link as RouterLink, useLocation } from "react-router";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import PostAdd from "@mui/icons-material/PostAdd";
import { FileUpload, messageOf, UiLanguageProvider, type TUploadedFile } from "@qifu/ui";
import { AccountGate } from "@qifu/ui/public";
import { LedgerChannel, type TLedgerChannel } from "../schemas";
import { LOGIN, ME_KEY, requestPath, useLedgerPublic } from "./context";

/** What the button needs of a catalogue product (structural: the ledger does not import the catalogue). */
export type TRequestableProduct = { id: string; title: string; channel: "ONLINE" | "OFFLINE" | "BOTH" };

/** "申请此服务" on a product page: sign in first, then a short form; the request goes to the node. */
export function LedgerRequestButton({ product }: { product: TRequestableProduct }) {
  const { client, t, lang } = useLedgerPublic();
  const location = useLocation();
  const queryClient = useQueryClient();
  const me = useQuery({ queryKey: ME_KEY, queryFn: () => client.auth.me.query(), staleTime: 30_000 });
  const channels = LedgerChannel.choices(lang).filter((c) => product.channel === "BOTH" || c.id === product.channel);
  const [open, setOpen] = useState(false);
  const [channel, setChannel] = useState<TLedgerChannel>(channels[0].id);
  const [note, setNote] = useState("");
  const [contactName, setContactName] = useState("");
  const [contactPhone, setContactPhone] = useState("");
  const [files, setFiles] = useState<TUploadedFile[]>([]);
  // 联系人/联系电话 start from the enterprise's record (once, when the form first opens)
  const profile = useQuery({
    queryKey: ["ledger", "profile"],
    queryFn: () => client.enterpriseAccount.mine.query(),
    enabled: open && me.data?.role === "ENTERPRISE",
    staleTime: 60_000,
  });
  const [prefilled, setPrefilled] = useState(false);
  useEffect(() => {
    const e = profile.data?.enterprise;
    if (!e || prefilled) return;
    setPrefilled(true);
    setContactName((v) => v || e.contactName || "");
    setContactPhone((v) => v || e.contactPhone || "");
  }, [profile.data, prefilled]);
  const submit = useMutation({
    mutationFn: () =>
      client.serviceRequests.create.mutate({
        productId: product.id,
        channel,
        note,
        contactName: contactName || null,
        contactPhone: contactPhone || null,
        fileIds: files.map((f) => f.id),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["ledger"] }),
  });
  if (me.isPending) return null;
  if (!me.data)
    return (
      <Button
        variant="contained"
        size="large"
        startIcon={<PostAdd />}
        component={RouterLink}
        to={`${LOGIN}?next=${encodeURIComponent(location.pathname)}`}
        sx={{ minHeight: 44 }}
      >
        {t.loginToRequest}
      </Button>
    );
  if (me.data.role !== "ENTERPRISE")
    return (
      <Typography variant="body2" color="text.secondary">
        {t.staffCannot}
      </Typography>
    );
  return (
    <AccountGate action={{ zh: "申请服务", en: "request a service" }} compact>
      <Button variant="contained" size="large" startIcon={<PostAdd />} onClick={() => setOpen(true)} sx={{ minHeight: 44 }}>
        {t.request}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{t.requestTitle}</DialogTitle>
        <DialogContent sx={{ display: "grid", gap: 2, pt: "8px !important" }}>
          <Typography variant="subtitle2">{product.title}</Typography>
          {submit.isSuccess ? (
            <Alert severity="success" data-testid="request-submitted">
              {t.submittedNumber} <strong data-testid="request-number">{submit.data.number}</strong>。{t.submitted}
              <Button component={RouterLink} to={requestPath(submit.data.id)} size="small" sx={{ display: "flex", mt: 1 }}>
                {t.viewCase}
              </Button>
            </Alert>
          ) : (
            <>
              <Typography variant="body2" color="text.secondary">
                {t.requestIntro}
              </Typography>
              <TextField select label={t.channel} value={channel} onChange={(e) => setChannel(e.target.value as TLedgerChannel)}>
                {channels.map((c) => (
                  <MenuItem key={c.id} value={c.id}>
                    {c.name}
                  </MenuItem>
                ))}
              </TextField>
              <TextField
                label={t.note}
                placeholder={t.notePlaceholder}
                value={note}
                onChange={(e) => setNote(e.target.value)}
                multiline
                minRows={3}
                required
                slotProps={{ htmlInput: { maxLength: 1000 } }}
              />
              <TextField
                label={t.contactName}
                value={contactName}
                onChange={(e) => setContactName(e.target.value)}
                helperText={prefilled && profile.data?.enterprise?.contactName ? t.prefilled : undefined}
              />
              <TextField label={t.contactPhone} value={contactPhone} onChange={(e) => setContactPhone(e.target.value)} type="tel" />
              <UiLanguageProvider lang={lang}>
                <FileUpload label={t.attachments} max={5} value={files} onChange={setFiles} />
              </UiLanguageProvider>
              {submit.isError && <Alert severity="error">{messageOf(submit.error, lang)}</Alert>}
            </>
          )}
        </DialogContent>
        <DialogActions>
          {/* once submitted there is nothing left to cancel: the button only closes the dialog */}
          <Button onClick={() => setOpen(false)}>{submit.isSuccess ? t.close : t.cancel}</Button>
          {!submit.isSuccess && (
            <Button variant="contained" disabled={submit.isPending || note.trim().length < 4} onClick={() => submit.mutate()}>
              {t.submit}
            </Button>
          )}
        </DialogActions>
      </Dialog>
    </AccountGate>
  );
}
