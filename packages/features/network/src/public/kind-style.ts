import { NodeKind, type TNodeKind } from "@qifu/domain";
import { chartColors } from "@qifu/ui";
import { kindShort } from "./messages";
import type { TLang } from "./context";

/** A kind keeps one colour everywhere (chart bars, dots, chips): its place in NodeKind. */
export const kindColor = (kind: TNodeKind) => chartColors[NodeKind.values.indexOf(kind) % chartColors.length];

/** The kinds of a town, largest first, without its own town unit (every town has exactly one). */
export function mainKinds(kinds: Record<string, number>): { kind: TNodeKind; count: number }[] {
  return Object.entries(kinds)
    .filter(([k, n]) => k !== "TOWN_UNIT" && n > 0 && (NodeKind.values as string[]).includes(k))
    .map(([k, n]) => ({ kind: k as TNodeKind, count: n }))
    .sort((a, b) => b.count - a.count || NodeKind.values.indexOf(a.kind) - NodeKind.values.indexOf(b.kind));
}

export const shortKind = (kind: TNodeKind, lang: TLang) => kindShort[kind][lang];
