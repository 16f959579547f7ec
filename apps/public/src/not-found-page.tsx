import { Link as RouterLink, useRouteError } from "react-router";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import Container from "@mui/material/Container";
import { EmptyState } from "@qifu/ui";
import { useI18n } from "./lang-context";

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Container maxWidth="md" sx={{ py: { xs: 3, md: 6 } }}>
      <Card>
        <EmptyState
          title={t.notFoundTitle}
          description={t.notFoundHint}
          action={
            <Button variant="contained" component={RouterLink} to="/">
              {t.backHome}
            </Button>
          }
        />
      </Card>
    </Container>
  );
}

/** A page that threw while rendering: say so plainly instead of a blank screen. */
export function CrashPage() {
  const { t } = useI18n();
  const error = useRouteError();
  if (error) console.error(error);
  return (
    <Container maxWidth="md" sx={{ py: { xs: 3, md: 6 } }}>
      <Card>
        <EmptyState
          title={t.crashTitle}
          description={t.crashHint}
          action={
            <Button variant="contained" onClick={() => window.location.reload()}>
              {t.reload}
            </Button>
          }
        />
      </Card>
    </Container>
  );
}
