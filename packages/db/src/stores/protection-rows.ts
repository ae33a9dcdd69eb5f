/**
 * Rows of the protection tables <-> core's records. Columns are core's fields in snake_case;
 * numeric amounts come back from PostgreSQL as strings and are turned into numbers here.
 */
export function toSnake<T extends object>(record: T): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => [
      key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
      value,
    ]),
  );
}

export function toCamel<T>(row: object): T {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [
      key.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()),
      key === 'amount' && value !== null ? Number(value) : value,
    ]),
  ) as T;
}
