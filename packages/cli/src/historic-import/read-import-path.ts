import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { csvSheet, type ImportFile, readImportFile } from '@opennrm/server';

/**
 * A workbook, a CSV, a zip of CSVs, or a folder of CSV files (one per sheet). A folder's hash is
 * over its files' names and hashes in name order, so the same folder is the same import.
 */
export async function readImportPath(path: string): Promise<ImportFile> {
  if (!statSync(path).isDirectory()) return readImportFile(path, readFileSync(path));
  const names = readdirSync(path)
    .filter((n) => n.toLowerCase().endsWith('.csv'))
    .sort();
  const hash = createHash('sha256');
  const sheets = names.map((name) => {
    const bytes = readFileSync(join(path, name));
    hash.update(`${name}\n${createHash('sha256').update(bytes).digest('hex')}\n`);
    return csvSheet(name, new TextDecoder().decode(bytes));
  });
  return { sheets, sha256: hash.digest('hex') };
}
