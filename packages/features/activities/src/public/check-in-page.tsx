import { useParams, useSearchParams, Link as RouterLink } from "react-router";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import Container from "@mui/material/Container";
import Typography from "@mui/material/Typography";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ErrorState, LoadingState, messageOf } from "@qifu/ui";
import { AccountGate } from "@qifu/ui/public";
import { activitiesPaths, useActivitiesPublic } from "./context";
import { ActivityFacts, RateForm, useActivity } from "./detail-page";

/** The page the activity's QR code opens on the enterprise's phone: sign in, check in, then rate. */
export function CheckInPage() {
  const { id = "" } = useParams();
  const [params] = useSearchParams();
  const token = params.get("t") ?? "";
  const { client, t, lang } = useActivitiesPublic();
  const qc = useQueryClient();
  const q = useActivity(id);
  const checkIn = useMutation({
    mutationFn: () => client.activities.checkIn.mutate({ activityId: id, token }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["activities"] }),
  });
  return (
    <Container maxWidth="sm" sx={{ py: { xs: 2, md: 4 }, display: "grid", gap: 2 }}>
      <Typography variant="h5" component="h1" sx={{ fontWeight: 600 }}>
        {t.checkInTitle}
      </Typography>
      {token.length < 8 ? (
        <Alert severity="error">{t.badLink}</Alert>
      ) : q.isPending ? (
        <LoadingState label={t.loading} />
      ) : q.isError ? (
        <Card>
          <ErrorState message={messageOf(q.error, lang)} onRetry={() => void q.refetch()} />
        </Card>
      ) : (
        <AccountGate action={{ zh: "签到", en: "check in" }}>
          <Card sx={{ p: { xs: 2, sm: 3 } }}>
            <ActivityFacts a={q.data} full={false} />
          </Card>
          {checkIn.data ? (
            <Alert severity="success" data-testid="checked-in">
              {checkIn.data.alreadyCheckedIn ? t.alreadyCheckedIn : t.checkedIn}
            </Alert>
          ) : q.data.mine?.attended ? (
            <Alert severity="success" data-testid="checked-in">
              {t.alreadyCheckedIn}
            </Alert>
          ) : (
            <>
              <Typography color="text.secondary">{t.checkInIntro}</Typography>
              {checkIn.error && <Alert severity="error">{messageOf(checkIn.error, lang)}</Alert>}
              <Button variant="contained" size="large" disabled={checkIn.isPending} onClick={() => checkIn.mutate()}>
                {t.checkIn}
              </Button>
            </>
          )}
          <RateForm a={q.data} />
          <Button component={RouterLink} to={activitiesPaths.show(id)}>
            {q.data.title}
          </Button>
        </AccountGate>
      )}
    </Container>
  );
}
