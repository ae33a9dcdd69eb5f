import { createReadStream } from 'node:fs';
import {
  type CtdcHeader,
  type CtdcRecord,
  type CtdcRowError,
  createCtdcRowParser,
  detectCtdcFormat,
} from '@opennrm/core';
import { CsvError, parse } from 'csv-parse';

/** The file cannot be imported at all (not CTDC, not CSV); the message is for the operator. */
export class CtdcFileError extends Error {}

export interface CtdcFileOptions {
  currentYear: number;
  onRowError(error: CtdcRowError): void;
}

export interface CtdcFile {
  header: CtdcHeader;
  /** Good rows, read as they are consumed (back-pressure reaches the file). Call once. */
  records(): AsyncGenerator<CtdcRecord>;
  /** Live counts, for progress and the summary. */
  readonly counts: { rows: number; rejected: number; bytes: number };
  close(): void;
}

/**
 * Opens a CTDC CSV file as a stream: reads the header, decides the format, then parses rows only
 * as they are consumed, so memory stays flat whatever the file's size. Bad rows go to
 * `onRowError` and are counted, never held.
 */
export async function openCtdcFile(path: string, options: CtdcFileOptions): Promise<CtdcFile> {
  const counts = { rows: 0, rejected: 0, bytes: 0 };
  const input = createReadStream(path);
  input.on('data', (chunk) => {
    counts.bytes += chunk.length;
  });
  const parser = input.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true }));
  input.on('error', (error) => parser.destroy(error));
  const iterator: AsyncIterator<string[]> = parser[Symbol.asyncIterator]();
  const close = () => {
    input.destroy();
    parser.destroy();
  };

  const first = await readNext(iterator, close);
  if (first.done) {
    close();
    throw new CtdcFileError('The file is empty: expected a CTDC header row.');
  }
  const detected = detectCtdcFormat(first.value);
  if (!detected.ok) {
    close();
    throw new CtdcFileError(detected.message);
  }
  const parseRow = createCtdcRowParser(detected.header, { currentYear: options.currentYear });

  async function* records(): AsyncGenerator<CtdcRecord> {
    // A spreadsheet numbers the header row 1, so the first data row is row 2.
    let rowNumber = 1;
    try {
      for (;;) {
        const next = await readNext(iterator, close);
        if (next.done) return;
        rowNumber++;
        const result = parseRow(next.value, rowNumber);
        if (result.record) {
          counts.rows++;
          yield result.record;
        } else {
          counts.rejected++;
          for (const error of result.errors) options.onRowError(error);
        }
      }
    } finally {
      close();
    }
  }

  return { header: detected.header, records, counts, close };
}

async function readNext(iterator: AsyncIterator<string[]>, close: () => void) {
  try {
    return await iterator.next();
  } catch (error) {
    close();
    if (error instanceof CsvError) throw new CtdcFileError(`The file is not valid CSV: ${error.message}`);
    throw error;
  }
}
