import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import Container from "@mui/material/Container";
import { useQuery } from "@tanstack/react-query";
import { LoadingState } from "@qifu/ui";
import { ME_QUERY_KEY } from "@qifu/ui/public";
import { useAppealsPublic } from "./context";

export const paths = { login: "/login", list: "/my/appeals", create: "/my/appeals/new", show: (id: string) => `/my/appeals/${id}` };
export const ME_KEY = ME_QUERY_KEY;

export function useMe() {
  const { client } = useAppealsPublic();
  return useQuery({ queryKey: ME_KEY, queryFn: () => client.auth.me.query(), staleTime: 30_000 });
}

/** The enterprise pages need an enterprise account; anyone else is sent to sign in first. */
export function RequireEnterprise({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  const { t } = useAppealsPublic();
  if (me.isPending)
    return (
      <Container sx={{ py: 6 }}>
        <LoadingState label={t.loading} />
      </Container>
    );
  if (!me.data || me.data.role !== "ENTERPRISE")
    return <Navigate to={`${paths.login}?next=${encodeURIComponent(location.pathname)}`} replace />;
  return <>{children}</>;
}
