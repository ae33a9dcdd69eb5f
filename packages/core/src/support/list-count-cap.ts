/**
 * Beyond this many matches a list (persons, inbox sections, alerts, the audit trail) says "more
 * than 1 000" instead of counting on. Counted on the first page only; nobody acts on whether
 * there are 4 000 or 40 000, and counting up to 10 000 on every first page was most of the
 * database's work under load at a million persons (bench/RESULTS.md, issue 21).
 */
export const listCountCap = 1_000;
