import type { ReactNode } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Typography from "@mui/material/Typography";
import type { TLabel } from "@qifu/domain";
import { useUiText } from "../ui-text";
import { EmptyState } from "./empty-state";
import { MatchChips } from "./match-chips";

/** A match as the matching kit's procedures return it, whatever it carries besides. */
export type TListedMatch = { score: number; reasons: readonly TLabel[]; concerns: readonly TLabel[] };
export type TListedExclusion = { failed: readonly TLabel[] };

/** The one action a match offers (send the need, ask for contact): done once, then shown as its state. */
export type TMatchAction = { label: string; done: boolean; disabled: boolean; onClick: () => void };

/**
 * One need's (or posting's) matches as the programmes' public pages show them: each offer's
 * card with its score, reasons and caveats and one action, then the near misses with the
 * criteria they failed. Financing, technology transfer, supply chain and digital solutions
 * differ only in the card and the action.
 */
export function MatchList<M extends TListedMatch, X extends TListedExclusion>({
  lang,
  title,
  testId,
  emptyTitle,
  error,
  matches,
  keyOf,
  renderCard,
  action,
  excluded,
  excludedTitle,
  excludedKeyOf,
  excludedName,
  excludedLimit = 10,
}: {
  lang: "zh" | "en";
  title: string;
  /** the list is `${testId}-matches`, its rows `${testId}-match` and `${testId}-excluded` */
  testId: string;
  emptyTitle: string;
  /** the action's last failure, said above the list */
  error?: string | null;
  matches: readonly M[];
  keyOf: (m: M) => string;
  /** the offer's own card around the chips and the action */
  renderCard: (m: M, body: ReactNode) => ReactNode;
  action: (m: M) => TMatchAction;
  excluded: readonly X[];
  excludedTitle: string;
  excludedKeyOf: (x: X) => string;
  excludedName: (x: X) => string;
  /** the near misses shown at most (a long list of refusals helps nobody) */
  excludedLimit?: number;
}) {
  const ui = useUiText();
  return (
    <Box sx={{ display: "grid", gap: 1.25, mt: 1, minWidth: 0 }} data-testid={`${testId}-matches`}>
      <Typography variant="subtitle2">{title}</Typography>
      {error && <Alert severity="error">{error}</Alert>}
      {matches.length === 0 && <EmptyState title={emptyTitle} compact />}
      {matches.map((m) => {
        const a = action(m);
        return (
          <Box key={keyOf(m)} data-testid={`${testId}-match`} sx={{ minWidth: 0 }}>
            {renderCard(
              m,
              <>
                <MatchChips lang={lang} score={ui.matchScore(m.score)} reasons={m.reasons} concerns={m.concerns} />
                <Box>
                  <Button
                    size="small"
                    variant={a.done ? "text" : "contained"}
                    disabled={a.done || a.disabled}
                    onClick={a.onClick}
                    sx={{ minHeight: 40 }}
                  >
                    {a.label}
                  </Button>
                </Box>
              </>,
            )}
          </Box>
        );
      })}
      {excluded.length > 0 && (
        <>
          <Typography variant="subtitle2" color="text.secondary">
            {excludedTitle}
          </Typography>
          {excluded.slice(0, excludedLimit).map((x) => (
            <Box
              key={excludedKeyOf(x)}
              sx={{ display: "flex", gap: 0.5, flexWrap: "wrap", alignItems: "center", minWidth: 0 }}
              data-testid={`${testId}-excluded`}
            >
              <Typography variant="body2" sx={{ mr: 1 }}>
                {excludedName(x)}
              </Typography>
              <MatchChips lang={lang} failed={x.failed} />
            </Box>
          ))}
        </>
      )}
    </Box>
  );
}
