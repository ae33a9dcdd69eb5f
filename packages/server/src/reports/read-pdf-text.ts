import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  /** Per page: its text lines top to bottom, the pieces of a line left to right joined by spaces. */
  pages: Array<{ width: number; height: number; lines: string[] }>;
  info: Record<string, unknown>;
}

/**
 * Text of a PDF as a reader would copy it, through pdf.js (the text layer of Firefox), so the
 * tests see the letters the embedded font's ToUnicode map gives, not what we meant to write.
 */
export async function readPdfText(buffer: Buffer): Promise<PdfText> {
  const pdf = await getDocument({
    data: new Uint8Array(buffer),
    disableFontFace: true,
    useSystemFonts: false,
  }).promise;
  const pages: PdfText['pages'] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [, , width = 0, height = 0] = page.view;
    const content = await page.getTextContent();
    const byLine = new Map<number, Array<{ x: number; text: string }>>();
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      // Pieces drawn on one baseline (within a point) form one line.
      const y = Math.round(item.transform[5] as number);
      const line = byLine.get(y) ?? byLine.get(y - 1) ?? byLine.get(y + 1) ?? [];
      if (line.length === 0) byLine.set(y, line);
      line.push({ x: item.transform[4] as number, text: item.str.trim() });
    }
    const lines = [...byLine.entries()]
      .sort(([a], [b]) => b - a)
      .map(([, pieces]) =>
        pieces
          .sort((a, b) => a.x - b.x)
          .map((piece) => piece.text)
          .join(' '),
      );
    pages.push({ width, height, lines });
  }
  const { info } = await pdf.getMetadata();
  await pdf.destroy();
  return { pages, info: info as Record<string, unknown> };
}

export function allText(pdf: PdfText): string {
  return pdf.pages.flatMap((page) => page.lines).join('\n');
}
