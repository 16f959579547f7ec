import { useState } from "react";
import { Confirm, useNotify, useTranslate } from "react-admin";
import Alert from "@mui/material/Alert";
import AlertTitle from "@mui/material/AlertTitle";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { EmptyState, ErrorState, formatDateTime, LoadingState, messageOf, PageHeading, StatusChip } from "@qifu/ui";
import { useLang } from "@qifu/ui/admin";
import { api, useRpcMutation, useRpcQuery } from "./rpc";

type TKey = { id: string; name: string; hint: string; active: boolean; createdAt: string };

/**
 * District admins issue and revoke the keys with which the 12345 hotline (or another system)
 * files appeals through /open311/v2. The secret is returned once by the server, so it is shown
 * once here, with a copy button, and never again.
 */
export function Open311KeysPage() {
  const translate = useTranslate();
  const t = (key: string) => translate(`appeals.open311.${key}`);
  const lang = useLang();
  const notify = useNotify();
  const keys = useRpcQuery(api.open311Keys.list);
  const issue = useRpcMutation(api.open311Keys.create);
  const revoke = useRpcMutation(api.open311Keys.revoke);
  const [name, setName] = useState("");
  const [issued, setIssued] = useState<(TKey & { key: string }) | null>(null);
  const [revoking, setRevoking] = useState<TKey | null>(null);
  const fail = (e: unknown) => notify(e instanceof Error ? e.message : messageOf(e, lang), { type: "error" });

  return (
    <Box sx={{ mt: 2, display: "grid", gap: 2 }}>
      <PageHeading title={t("title")} subtitle={t("hint")} />
      <Card variant="outlined">
        <CardContent sx={{ display: "flex", gap: 1, flexWrap: "wrap", alignItems: "center" }}>
          <TextField
            size="small"
            sx={{ flex: "1 1 280px" }}
            label={t("name")}
            value={name}
            onChange={(e) => setName(e.target.value)}
            inputProps={{ maxLength: 60 }}
          />
          <Button
            variant="contained"
            disabled={issue.isPending || name.trim().length < 2}
            onClick={() => issue.mutate({ name: name.trim() }, { onSuccess: (k) => (setIssued(k), setName("")), onError: fail })}
          >
            {t("issue")}
          </Button>
        </CardContent>
      </Card>
      {issued && (
        <Alert severity="success" onClose={() => setIssued(null)} data-testid="open311-issued-key">
          <AlertTitle>
            {t("issued")} · {issued.name}
          </AlertTitle>
          <Box sx={{ display: "flex", gap: 1, alignItems: "center", flexWrap: "wrap" }}>
            <Typography component="code" sx={{ fontFamily: "monospace", wordBreak: "break-all" }}>
              {issued.key}
            </Typography>
            <Button size="small" onClick={() => void navigator.clipboard?.writeText(issued.key).then(() => notify(t("copied")))}>
              {t("copy")}
            </Button>
          </Box>
        </Alert>
      )}
      <Card variant="outlined">
        {keys.isPending ? (
          <LoadingState />
        ) : keys.isError ? (
          <ErrorState message={keys.error.message} onRetry={() => void keys.refetch()} />
        ) : keys.data.length === 0 ? (
          <EmptyState title={t("empty")} description={t("empty_hint")} />
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t("name")}</TableCell>
                <TableCell>{t("hint_col")}</TableCell>
                <TableCell>{t("created")}</TableCell>
                <TableCell>{t("status")}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {keys.data.map((k) => (
                <TableRow key={k.id}>
                  <TableCell>{k.name}</TableCell>
                  <TableCell sx={{ fontFamily: "monospace" }}>…{k.hint}</TableCell>
                  <TableCell>{formatDateTime(k.createdAt, lang)}</TableCell>
                  <TableCell>
                    <StatusChip label={t(k.active ? "active" : "revoked")} tone={k.active ? "success" : "default"} />
                  </TableCell>
                  <TableCell align="right">
                    {k.active && (
                      <Button size="small" color="error" onClick={() => setRevoking(k)}>
                        {t("revoke")}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Card>
      <Confirm
        isOpen={Boolean(revoking)}
        loading={revoke.isPending}
        title={`${t("revoke")} · ${revoking?.name ?? ""}`}
        content={t("revoke_confirm")}
        onConfirm={() => revoking && revoke.mutate({ id: revoking.id }, { onSettled: () => setRevoking(null), onError: fail })}
        onClose={() => setRevoking(null)}
      />
    </Box>
  );
}
