import { useNotify, useTranslate } from "react-admin";
import { messageOf } from "@qifu/ui";
import { useLang } from "@qifu/ui/admin";

/** Run a mutation and say how it went (the server's bilingual message on a refusal); true when it worked. */
export function useAction() {
  const notify = useNotify();
  const translate = useTranslate();
  const lang = useLang();
  return async (run: () => Promise<unknown>, done = "evaluation.done") => {
    try {
      await run();
      notify(translate(done), { type: "success" });
      return true;
    } catch (e) {
      notify(messageOf(e, lang), { type: "error" });
      return false;
    }
  };
}

/** "2026 年第 3 季度" / "Q3 2026". */
export function usePeriod() {
  const translate = useTranslate();
  return (r: { year: number; quarter: number | null }) =>
    r.quarter ? translate("evaluation.period_q", { year: r.year, q: r.quarter }) : translate("evaluation.period_y", { year: r.year });
}
