/**
 * What the search box should do with its text. A code has digits (NRM-2026-000123); a name has
 * none. Text without a digit, from a user who may search by name, is never sent as a code
 * fragment: it would put a name into a query string, where a proxy's access log keeps it.
 */
export function readSearchText(
  text: string,
  mayFindByName: boolean,
): { fragment: string | null; name: string | null } {
  const trimmed = text.trim().slice(0, 40);
  if (trimmed.length < 2) return { fragment: null, name: null };
  const looksLikeCode = /\d/.test(trimmed);
  if (looksLikeCode || !mayFindByName) return { fragment: trimmed, name: null };
  return { fragment: null, name: /\p{L}/u.test(trimmed) ? text.trim().slice(0, 400) : null };
}
