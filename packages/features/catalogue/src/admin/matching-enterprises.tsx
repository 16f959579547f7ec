import { useRecordContext, useTranslate } from "react-admin";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableContainer from "@mui/material/TableContainer";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import { CultivationTier, industryLabel, SizeClass, type TCultivationTier, type TSizeClass } from "@qifu/domain";
import { EmptyState, ErrorState, LoadingState, MatchChips, messageOf } from "@qifu/ui";
import { api, useRpcQuery } from "./rpc";
import type { TProduct } from "../schemas";
import { useLang } from "./i18n";

/** The table shows the top 20 (the procedure's default). */
const TOP = 20;

/**
 * 匹配企业 on a product's show page: the enterprises of the caller's scope that fit the product
 * best (catalogue.matchingEnterprises, the matching kit), with the reasons. The server decides
 * the scope; this only shows what it returns.
 */
export function MatchingEnterprises() {
  const p = useRecordContext<TProduct>();
  const translate = useTranslate();
  const lang = useLang();
  const q = useRpcQuery(api.catalogue.matchingEnterprises, { productId: p?.id ?? "", limit: TOP }, { enabled: !!p });
  if (!p) return null;
  let body;
  if (q.isPending) body = <LoadingState />;
  else if (q.isError) body = <ErrorState message={messageOf(q.error, lang)} onRetry={() => q.refetch()} />;
  else if (q.data.data.length === 0) body = <EmptyState compact title={translate("catalogue.matching_empty")} />;
  else
    body = (
      <TableContainer>
        <Table size="small" aria-label={translate("catalogue.matching_title")}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 48 }}>{translate("catalogue.matching_rank")}</TableCell>
              <TableCell>{translate("catalogue.matching_enterprise")}</TableCell>
              <TableCell sx={{ display: { xs: "none", md: "table-cell" } }}>{translate("catalogue.matching_profile")}</TableCell>
              <TableCell align="right" sx={{ width: 72 }}>
                {translate("catalogue.matching_score")}
              </TableCell>
              <TableCell>{translate("catalogue.matching_reasons")}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {q.data.data.map((e, i) => (
              <TableRow key={e.enterpriseId} data-testid="matching-enterprise">
                <TableCell>{i + 1}</TableCell>
                <TableCell>
                  <Box sx={{ fontWeight: 600 }}>{e.name}</Box>
                  <Typography variant="caption" color="text.secondary">
                    {e.townName ?? "—"}
                  </Typography>
                </TableCell>
                <TableCell sx={{ display: { xs: "none", md: "table-cell" }, color: "text.secondary" }}>
                  {[
                    e.industryCode ? industryLabel(e.industryCode, lang) : null,
                    e.sizeClass ? SizeClass.label(e.sizeClass as TSizeClass, lang) : null,
                    e.tier !== "NONE" ? CultivationTier.label(e.tier as TCultivationTier, lang) : null,
                  ]
                    .filter(Boolean)
                    .join(" · ") || "—"}
                </TableCell>
                <TableCell align="right">{`${Math.round(e.score * 100)}%`}</TableCell>
                <TableCell>
                  <MatchChips lang={lang} reasons={e.reasons} concerns={e.concerns} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    );
  return (
    <Card sx={{ p: { xs: 2, sm: 2.5 } }} data-testid="matching-enterprises">
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {translate("catalogue.matching_title")}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate("catalogue.matching_intro", { n: TOP })}
        {q.data &&
          ` ${translate("catalogue.matching_scope", { scope: q.data.scope[lang], considered: q.data.considered, excluded: q.data.excluded })}`}
      </Typography>
      {body}
    </Card>
  );
}
