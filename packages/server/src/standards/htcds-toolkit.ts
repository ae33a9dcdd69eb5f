import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

/**
 * IOM's HTCDS 2.0 toolkit as published (blank templates, XLSForm, field standard), kept beside the
 * repository in ../shared/data/htcds-toolkit/: tests read the originals, never a copy of ours.
 */
export const htcdsToolkit = (file: string) =>
  fileURLToPath(new URL(`../../../../../shared/data/htcds-toolkit/${file}`, import.meta.url));

export interface StandardField {
  name: string;
  core: boolean;
  status: string;
  /** Picklist codes and labels; empty for text, date and lookup fields. */
  codes: string[];
  labels: string[];
}

const decode = (s: string) =>
  s
    .replace(/<text:line-break\/>/g, '\n')
    .replace(/<text:s[^>]*\/>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** The field standard's rows (the .ods file's one sheet), by field name including the prefix. */
export async function readHtcdsFieldStandard(): Promise<Map<string, StandardField>> {
  const zip = await JSZip.loadAsync(await readFile(htcdsToolkit('HTCDS Field Standards 2.0.ods')));
  const xml = (await zip.file('content.xml')?.async('string')) ?? '';
  const fields = new Map<string, StandardField>();
  for (const row of xml.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)) {
    const cells: string[] = [];
    for (const c of (row[1] as string).matchAll(
      /<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g,
    )) {
      const repeat = Math.min(Number(/number-columns-repeated="(\d+)"/.exec(c[1] as string)?.[1] ?? 1), 20);
      const text = [...(c[2] ?? '').matchAll(/<text:p[^>]*>([\s\S]*?)<\/text:p>/g)]
        .map((p) => decode(p[1] as string))
        .join('\n');
      for (let i = 0; i < repeat; i++) cells.push(text);
    }
    const [, status = '', core = '', , , , name = '', , , codes = '', labels = ''] = cells;
    if (!/^[a-z]{3}_\w+$/.test(name)) continue;
    // Picklists of ISO codes say so in words ("Use ISO 3166 ..."), not as values.
    const list = (text: string) =>
      /^Use ISO/.test(text)
        ? []
        : text
            .split('\n')
            .map((v) => v.trim())
            .filter(Boolean);
    fields.set(name, { name, core: core === 'Core', status, codes: list(codes), labels: list(labels) });
  }
  return fields;
}
