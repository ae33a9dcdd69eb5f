import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * DejaVu Sans from the dejavu-fonts-ttf package: one TrueType font with every Latin letter of
 * Azerbaijani (ə, ğ, ı, ş...) and Cyrillic, embedded (subset) in every PDF, so the file reads the
 * same on any printer and nothing is fetched at run time.
 */
export const pdfFonts = { regular: 'DejaVuSans', bold: 'DejaVuSans-Bold' } as const;

let files: Record<string, Buffer> | undefined;

export function registerPdfFonts(doc: PDFKit.PDFDocument) {
  if (!files) {
    const folder = join(
      dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
      'ttf',
    );
    files = Object.fromEntries(
      Object.values(pdfFonts).map((name) => [name, readFileSync(join(folder, `${name}.ttf`))]),
    );
  }
  for (const [name, data] of Object.entries(files)) doc.registerFont(name, data);
}
