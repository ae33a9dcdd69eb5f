import type { Cell, NarrativeFigure, NarrativeParagraph } from '../report-model.ts';

/** A table cell the narrative may quote: where it sits and what it holds. */
export interface FigureRef {
  table: string;
  /** null = the total of that axis. */
  row: string | null;
  column: string | null;
  period: 'current' | 'previous';
  cell: Cell;
}

/** A figure as the text shows it ("three", "1 234", "fewer than 5"). */
export interface FigurePiece {
  figure: FigureRef;
  text: string;
}

/**
 * Templates return sentences as pieces, never finished strings: a number can only reach the
 * text as a FigurePiece, so the figures list is collected from the very pieces that make the
 * text, in their order, and cannot disagree with it.
 */
export type Piece = string | FigurePiece;

export function isFigurePiece(piece: Piece): piece is FigurePiece {
  return typeof piece !== 'string';
}

/** Joins items as a language lists them: "a, b and c". */
export function joinPieces(items: Piece[][], separator: string, lastSeparator: string): Piece[] {
  const out: Piece[] = [];
  items.forEach((item, index) => {
    if (index > 0) out.push(index === items.length - 1 ? lastSeparator : separator);
    out.push(...item);
  });
  return out;
}

/** Sentences (each a list of pieces; empty ones dropped) into one paragraph, or null if none. */
export function assembleParagraph(sentences: Piece[][]): NarrativeParagraph | null {
  const kept = sentences.filter((sentence) => sentence.length > 0);
  if (kept.length === 0) return null;
  let text = '';
  const figures: NarrativeFigure[] = [];
  kept.forEach((sentence, index) => {
    if (index > 0) text += ' ';
    for (const piece of sentence) {
      if (!isFigurePiece(piece)) {
        text += piece;
        continue;
      }
      const { table, row, column, period, cell } = piece.figure;
      figures.push({ table, row, column, period, value: cell.value, text: piece.text });
      text += piece.text;
    }
  });
  return { text, figures };
}

export function figurePiece(figure: FigureRef, text: string): FigurePiece {
  return { figure, text };
}

/** Upper-cases the first letter by the language's rules (Azerbaijani i -> İ). */
export function capitalise(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** A sentence that may begin with a figure ("Three cases were…"), its first letter upper-cased. */
export function capitalFirst(pieces: Piece[], locale: string): Piece[] {
  const [first, ...rest] = pieces;
  if (first === undefined) return pieces;
  const head = isFigurePiece(first)
    ? figurePiece(first.figure, capitalise(first.text, locale))
    : capitalise(first, locale);
  return [head, ...rest];
}
