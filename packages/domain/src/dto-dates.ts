/**
 * Dates between the database and the DTOs, one definition for every feature: instants go out
 * as ISO strings, calendar days (a contract's or an accreditation's date) as `YYYY-MM-DD`,
 * and a day coming in becomes midnight UTC (`undefined` = not given, `null` = cleared).
 */
export const isoOrNull = (d: Date | null | undefined) => (d ? d.toISOString() : null);
export const dayOrNull = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);
export const dateOfDay = (v: string | null | undefined) => (v === undefined ? undefined : v === null ? null : new Date(`${v}T00:00:00Z`));
