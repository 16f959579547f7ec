import type { ReactNode } from "react";
import { Link } from "react-router";
import { useGetLocale } from "@refinedev/core";
import Box from "@mui/material/Box";
import { PageHeading } from "../components/page-heading";

/** The board's language: English when the user chose it, Chinese otherwise (for labels sent as `{zh, en}`). */
export const useBoardLang = (): "zh" | "en" => (useGetLocale()() === "en" ? "en" : "zh");

/** A feature's section on the board's home page: its title, a link to its own page, then its figures. */
export function BoardHomeSection({ title, to, linkText, children }: { title: string; to: string; linkText: string; children: ReactNode }) {
  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: 1 }}>
      <PageHeading title={title} actions={<Link to={to}>{linkText}</Link>} />
      {children}
    </Box>
  );
}
