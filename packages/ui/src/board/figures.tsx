import type { ComponentType, ReactNode } from "react";
import { useTranslate } from "@refinedev/core";
import Box from "@mui/material/Box";
import { shanghaiYear, type TLabel } from "@qifu/domain";
import { ErrorState } from "../components/error-state";
import { PageHeading } from "../components/page-heading";
import { BoardHomeSection, useBoardLang } from "./home-section";

/** What a feature's stats hook returns: refine's query of one procedure (useBoardQuery's `query`). */
type TStatsQuery<S> = { data?: { data: S }; isLoading: boolean; error: { message: string } | null; refetch: () => unknown };

/** What a feature's page draws below its cards. */
export type TFiguresView<S> = { s: S | undefined; scope: string | undefined; loading: boolean; lang: "zh" | "en"; year: number };

/**
 * The frame every feature's figures share on the board: one stats query feeds the home section
 * (the feature's title, a link to its page, its cards, for the year the home page shows) and the
 * page (heading, the same cards, then the feature's own charts, or an error with a retry).
 * `ns` names the feature's board messages: `${ns}.title`, `${ns}.subtitle`, `${ns}.detail`.
 */
export function boardFigures<S extends { scope: TLabel }>({
  ns,
  path,
  useStats,
  Cards,
}: {
  ns: string;
  path: string;
  useStats: (year: number) => TStatsQuery<S>;
  Cards: ComponentType<{ s: S | undefined; loading: boolean }>;
}) {
  function HomeSection({ year }: { year: number }) {
    const t = useTranslate();
    const query = useStats(year);
    return (
      <BoardHomeSection title={t(`${ns}.title`)} to={path} linkText={t(`${ns}.detail`)}>
        <Cards s={query.data?.data} loading={query.isLoading} />
      </BoardHomeSection>
    );
  }

  function Page({ actions, children }: { actions?: ReactNode; children: (view: TFiguresView<S>) => ReactNode }) {
    const t = useTranslate();
    const lang = useBoardLang();
    const year = shanghaiYear(new Date());
    const query = useStats(year);
    if (query.error) return <ErrorState message={query.error.message} onRetry={() => query.refetch()} />;
    const s = query.data?.data;
    return (
      <Box sx={{ display: "grid", gap: 2 }}>
        <PageHeading title={t(`${ns}.title`)} subtitle={t(`${ns}.subtitle`)} actions={actions} />
        <Cards s={s} loading={query.isLoading} />
        {children({ s, scope: s?.scope[lang], loading: query.isLoading, lang, year })}
      </Box>
    );
  }

  return { HomeSection, Page };
}
