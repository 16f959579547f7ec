import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import type { TLang } from "@qifu/ui/admin";
import { T } from "./text";

/** This Shanghai year. */
export const shanghaiThisYear = () => Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));

/** The year a page shows: this year and the two before (the demo and the reports reach back twelve months). */
export function YearPicker({ year, onChange, lang }: { year: number; onChange: (y: number) => void; lang: TLang }) {
  const thisYear = shanghaiThisYear();
  return (
    <TextField
      select
      fullWidth={false}
      size="small"
      label={T.year[lang]}
      value={year}
      onChange={(e) => onChange(Number(e.target.value))}
      sx={{ width: 120 }}
    >
      {[thisYear, thisYear - 1, thisYear - 2].map((y) => (
        <MenuItem key={y} value={y}>
          {y}
        </MenuItem>
      ))}
    </TextField>
  );
}
