import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import { shanghaiYear } from "@qifu/domain";

/** This year in Asia/Shanghai, where the platform's figures are kept (a wall clock elsewhere may differ). */
export const thisShanghaiYear = () => shanghaiYear(new Date());

/** The year a page's figures are for: this Shanghai year and the `count - 1` before it, newest first. */
export function YearSelect({
  year,
  onChange,
  label,
  count = 3,
}: {
  year: number;
  onChange: (y: number) => void;
  label: string;
  count?: number;
}) {
  const thisYear = thisShanghaiYear();
  return (
    <TextField
      select
      fullWidth={false}
      size="small"
      label={label}
      value={year}
      onChange={(e) => onChange(Number(e.target.value))}
      sx={{ width: 120 }}
    >
      {Array.from({ length: count }, (_, i) => thisYear - i).map((y) => (
        <MenuItem key={y} value={y}>
          {y}
        </MenuItem>
      ))}
    </TextField>
  );
}
