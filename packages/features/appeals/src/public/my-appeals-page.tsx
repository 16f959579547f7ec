import { Link as RouterLink, useNavigate } from "react-router";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import CardActionArea from "@mui/material/CardActionArea";
import Container from "@mui/material/Container";
import Typography from "@mui/material/Typography";
import Add from "@mui/icons-material/Add";
import Logout from "@mui/icons-material/Logout";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { EmptyState, ErrorState, LoadingState, formatDateTime, messageOf } from "@qifu/ui";
import { AppealStatusChip } from "../shared/appeal-view";
import { useAppealsPublic } from "./context";
import { ME_KEY, paths, RequireEnterprise, useMe } from "./hooks";

/** "My appeals": the enterprise's own appeals, newest first. */
export function MyAppealsPage() {
  return (
    <RequireEnterprise>
      <MyAppeals />
    </RequireEnterprise>
  );
}

function MyAppeals() {
  const { client, t, lang } = useAppealsPublic();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: ["appeals", "mine"],
    queryFn: () => client.appeals.list.query({ pagination: { page: 1, perPage: 100 } }),
  });

  async function logout() {
    await client.auth.logout.mutate();
    queryClient.setQueryData(ME_KEY, null);
    navigate("/");
  }

  return (
    <Container maxWidth="lg" sx={{ py: { xs: 2, md: 4 } }}>
      <Box sx={{ display: "flex", alignItems: "flex-end", gap: 2, flexWrap: "wrap", mb: 3 }}>
        <Box sx={{ flex: "1 1 320px", minWidth: 0 }}>
          <Typography variant="h4" component="h1" sx={{ fontSize: { xs: "1.5rem", md: "2rem" } }}>
            {t.myAppeals}
          </Typography>
          <Typography color="text.secondary" sx={{ mt: 1 }}>
            {me.data?.displayName} · {t.myAppealsIntro}
          </Typography>
        </Box>
        <Box sx={{ display: "flex", gap: 1 }}>
          <Button variant="contained" startIcon={<Add />} component={RouterLink} to={paths.create} sx={{ minHeight: 40 }}>
            {t.newAppeal}
          </Button>
          <Button variant="outlined" startIcon={<Logout />} onClick={logout} sx={{ minHeight: 40 }}>
            {t.logout}
          </Button>
        </Box>
      </Box>
      {list.isPending ? (
        <LoadingState label={t.loading} />
      ) : list.isError ? (
        <ErrorState message={messageOf(list.error, lang)} onRetry={() => list.refetch()} />
      ) : list.data.total === 0 ? (
        <Card>
          <EmptyState title={t.noAppeals} description={t.noAppealsHint} />
        </Card>
      ) : (
        <Box sx={{ display: "flex", flexDirection: "column", gap: 1.5 }}>
          {list.data.data.map((a) => (
            <Card key={a.id}>
              <CardActionArea
                component={RouterLink}
                to={paths.show(a.id)}
                sx={{ p: 2, display: "flex", alignItems: "flex-start", gap: 2, flexWrap: "wrap" }}
              >
                <Box sx={{ flex: "1 1 300px", minWidth: 0 }}>
                  <Typography variant="caption" color="text.secondary">
                    {a.number} · {lang === "zh" ? a.categoryName : a.categoryNameEn}
                  </Typography>
                  <Typography variant="subtitle1" sx={{ fontWeight: 600, wordBreak: "break-word" }}>
                    {a.title}
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {t.unit}：{a.unit.name}
                  </Typography>
                </Box>
                <Box sx={{ textAlign: "right" }}>
                  <AppealStatusChip status={a.status} lang={lang} />
                  <Typography variant="caption" display="block" color="text.secondary" sx={{ mt: 0.5 }}>
                    {formatDateTime(a.submittedAt, lang)}
                  </Typography>
                </Box>
              </CardActionArea>
            </Card>
          ))}
        </Box>
      )}
    </Container>
  );
}
