import type { CountryNarrative } from '@opennrm/core';
import PDFDocument from 'pdfkit';
import { pdfFonts, registerPdfFonts } from '../reports/pdf-fonts.ts';
import { narrativeDocumentHeading, paragraphsOf } from './narrative-document-words.ts';

const languageTags = { en: 'en-US', az: 'az-Latn-AZ', ru: 'ru-RU' } as const;

/** The country narrative as an A4 PDF, with DejaVu Sans embedded for Azerbaijani and Cyrillic letters. */
export async function renderNarrativePdf(narrative: CountryNarrative): Promise<Buffer> {
  const heading = narrativeDocumentHeading(narrative);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 50, bottom: 60, left: 60, right: 60 },
    lang: languageTags[narrative.locale],
    displayTitle: true,
    info: { Title: `${heading.title} ${narrative.period.label}`, Creator: 'OpenNRM', Producer: 'OpenNRM' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  registerPdfFonts(doc);
  doc.font(pdfFonts.bold).fontSize(18).text(heading.title);
  doc.font(pdfFonts.regular).fontSize(11).text(heading.period).moveDown(1);
  for (const part of narrative.parts) {
    doc.font(pdfFonts.bold).fontSize(14).text(part.title).moveDown(0.3);
    doc.font(pdfFonts.regular).fontSize(10.5);
    for (const text of paragraphsOf(part)) doc.text(text, { align: 'justify' }).moveDown(0.5);
    doc.moveDown(0.5);
  }
  doc.end();
  return done;
}
