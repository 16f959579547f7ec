import { NumberInput, type NumberInputProps } from "react-admin";

/** Yuan on screen, fen on the wire: money is integer fen (DESIGN.md §6). */
export const yuanToFen = (v: string | number | null) => (v === "" || v == null ? null : Math.round(Number(v) * 100));
export const fenToYuan = (v: number | null | undefined) => (v == null ? "" : v / 100);

/** A money input: the user types yuan (two decimals), the form holds integer fen. */
export function FenInput(props: NumberInputProps) {
  return <NumberInput format={fenToYuan} parse={yuanToFen} step={0.01} {...props} />;
}
