import { useRef, useState } from "react";
import { useNotify, useTranslate } from "react-admin";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import LinearProgress from "@mui/material/LinearProgress";
import Typography from "@mui/material/Typography";
import { shanghaiYear } from "@qifu/domain";
import { formatDateTime, messageOf } from "@qifu/ui";
import { useLang } from "@qifu/ui/admin";
import { api, useRpcMutation, useRpcQuery } from "./rpc";

/**
 * District admins upload the town units' boundaries for the board's map (issue 13 point 5). The
 * file is read in the browser and checked whole on the server; a refusal lists every problem.
 */
export function TownBoundariesCard() {
  const translate = useTranslate();
  const t = (key: string, opts?: Record<string, unknown>) => translate(`network.towns.boundaries.${key}`, opts);
  const lang = useLang();
  const notify = useNotify();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const map = useRpcQuery(api.network.townMap, { year: shanghaiYear(new Date()), metricKey: "network.linkedPlatforms" });
  const upload = useRpcMutation(api.network.uploadBoundaries);
  const clear = useRpcMutation(api.network.clearBoundaries);
  const current = map.data?.boundaries;

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    const geojson = await file.text();
    upload.mutate(
      { fileName: file.name, geojson },
      {
        onSuccess: (r) => (notify(t("done", { towns: r.towns }), { type: "success" }), void map.refetch()),
        onError: (e) => setProblem(e instanceof Error ? e.message : messageOf(e, lang)),
      },
    );
    if (input.current) input.current.value = "";
  };

  return (
    <Card variant="outlined" sx={{ m: 2 }} data-testid="town-boundaries">
      <CardContent sx={{ display: "grid", gap: 1.5 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          {t("title")}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t("hint")}
        </Typography>
        <Typography variant="body2" data-testid="town-boundaries-status">
          {current
            ? t("current", { file: current.sourceName, time: formatDateTime(current.uploadedAt, lang), towns: map.data?.towns.length ?? 0 })
            : t("none")}
        </Typography>
        <input
          ref={input}
          type="file"
          accept=".geojson,.json,application/geo+json,application/json"
          hidden
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
        <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
          <Button variant="contained" disabled={upload.isPending} onClick={() => input.current?.click()}>
            {t("choose")}
          </Button>
          {current && (
            <Button
              disabled={clear.isPending}
              onClick={() => clear.mutate(undefined, { onSuccess: () => (notify(t("cleared")), void map.refetch()) })}
            >
              {t("clear")}
            </Button>
          )}
        </div>
        {upload.isPending && (
          <>
            <LinearProgress />
            <Typography variant="caption">{t("uploading")}</Typography>
          </>
        )}
        {problem && (
          <Alert severity="error" onClose={() => setProblem(null)} data-testid="town-boundaries-problem" sx={{ whiteSpace: "pre-wrap" }}>
            {problem.replace(/；/g, "；\n")}
          </Alert>
        )}
      </CardContent>
    </Card>
  );
}
