/**
 * Escapes LIKE/ILIKE wildcards so user input matches literally: a search for "100%" must not
 * match everything. Backslash is PostgreSQL's default LIKE escape character.
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
