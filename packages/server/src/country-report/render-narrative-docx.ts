import type { CountryNarrative } from '@opennrm/core';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { narrativeDocumentHeading, paragraphsOf } from './narrative-document-words.ts';

/**
 * The country narrative as a Word document, the ministries' format: a title, the period, then
 * each part (summary, recommendations, prosecution, protection, prevention) as a heading and
 * its paragraphs, edited text where the coordinator edited it. Headings are real Word headings
 * so the document has an outline and a screen reader can move through it.
 */
export async function renderNarrativeDocx(narrative: CountryNarrative): Promise<Buffer> {
  const heading = narrativeDocumentHeading(narrative);
  const children: Paragraph[] = [
    new Paragraph({ text: heading.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ text: heading.period }),
  ];
  for (const part of narrative.parts) {
    children.push(new Paragraph({ text: part.title, heading: HeadingLevel.HEADING_1 }));
    for (const text of paragraphsOf(part)) children.push(new Paragraph({ text, spacing: { after: 160 } }));
  }
  const document = new Document({
    creator: 'OpenNRM',
    title: `${heading.title} ${narrative.period.label}`,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
