/**
 * One row in PostgreSQL's COPY ... (FORMAT csv) encoding: null is an unquoted empty field, a
 * string is always quoted (so an empty string stays an empty string), arrays become array
 * literals, dates ISO instants.
 */
export function toCsvLine(row: readonly unknown[]): string {
  let line = '';
  for (let i = 0; i < row.length; i++) {
    if (i > 0) line += ',';
    line += encodeField(row[i]);
  }
  return `${line}\n`;
}

function encodeField(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`COPY: not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return quote(arrayLiteral(value));
  if (typeof value === 'object') return quote(JSON.stringify(value));
  return quote(String(value));
}

function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

function arrayLiteral(values: readonly unknown[]): string {
  const items = values.map((item) => {
    if (item === null || item === undefined) return 'NULL';
    return `"${String(item).replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
  });
  return `{${items.join(',')}}`;
}
