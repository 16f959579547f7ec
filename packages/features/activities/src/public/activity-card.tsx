import { Link as RouterLink } from "react-router";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import CardActionArea from "@mui/material/CardActionArea";
import Chip from "@mui/material/Chip";
import Typography from "@mui/material/Typography";
import { formatDateTime } from "@qifu/ui";
import type { TActivityPublic } from "../schemas";
import { activitiesPaths, useActivitiesPublic } from "./context";

/** One activity in a list: series, title, when, where, seats. */
export function ActivityCard({ a, note }: { a: TActivityPublic; note?: string }) {
  const { t, lang } = useActivitiesPublic();
  const ended = new Date(a.endsAt).getTime() <= Date.now();
  return (
    <Card sx={{ height: "100%" }}>
      <CardActionArea
        component={RouterLink}
        to={activitiesPaths.show(a.id)}
        sx={{ p: 2, height: "100%", display: "flex", flexDirection: "column", alignItems: "stretch", gap: 1 }}
      >
        <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap" }}>
          <Chip size="small" color="primary" variant="outlined" label={lang === "zh" ? a.seriesName : a.seriesNameEn} />
          {a.trainingTitle && <Chip size="small" variant="outlined" label={a.trainingTitle} />}
        </Box>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, lineHeight: 1.4 }}>
          {a.title}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {formatDateTime(a.startsAt, lang)}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: "anywhere" }}>
          {a.place ?? t.online} · {a.nodeName}
        </Typography>
        <Box sx={{ flex: 1 }} />
        <Typography
          variant="body2"
          sx={{ fontWeight: 500 }}
          color={ended ? "text.secondary" : a.seatsTaken >= a.capacity ? "warning.main" : "success.main"}
        >
          {note ?? (ended ? t.ended : t.seatsLeft(a.capacity - a.seatsTaken))}
        </Typography>
      </CardActionArea>
    </Card>
  );
}
