import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import { Link, useTranslate } from "react-admin";
import { useRole } from "@qifu/ui/admin";
import { api, useRpcQuery } from "./rpc";

/**
 * From November, while next year has no holidays in the working calendar, district admins see
 * a warning (server rule: calendar.nextYearCheck) on the calendar screen and the dashboard.
 */
export function CalendarYearNotice({ withLink = false }: { withLink?: boolean }) {
  const translate = useTranslate();
  const district = useRole() === "DISTRICT_ADMIN";
  const { data } = useRpcQuery(api.calendar.nextYearCheck, undefined, { enabled: district, staleTime: 300_000 });
  if (!district || !data?.due) return null;
  return (
    <Alert
      severity="warning"
      sx={{ m: withLink ? 0 : 2, mb: withLink ? 2 : 0 }}
      action={
        withLink ? (
          <Button component={Link} to="/calendar" color="inherit" size="small">
            {translate("appeals.calendar_due_action")}
          </Button>
        ) : undefined
      }
    >
      {translate("appeals.calendar_due", { year: data.year })}
    </Alert>
  );
}

/** The dashboard's copy of the notice, with a link to the calendar. */
export const CalendarDashboardNotice = () => <CalendarYearNotice withLink />;
