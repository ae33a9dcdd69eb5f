/** A number the editor changed: one the draft did not say (added) or one it said that is gone (removed). */
export interface NumberChange {
  number: string;
  kind: 'added' | 'removed';
}

// English spells one to nine (narrative style); an editor may write either form.
const englishWords: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};

/** Numbers as values: "1,234", "1 234" and "1.234" alike; English number words as digits. */
function numbersIn(text: string, locale: string): string[] {
  const digits = [...text.matchAll(/\d+(?:[,.\u00a0\u202f ]\d{3})*(?:[.,]\d+)?/g)].map((m) =>
    m[0].replace(/[,.\u00a0\u202f ](?=\d{3}(?:\D|$))/g, '').replace(',', '.'),
  );
  if (locale !== 'en') return digits;
  const spelled = [...text.toLowerCase().matchAll(/\b(one|two|three|four|five|six|seven|eight|nine)\b/g)].map(
    (m) => englishWords[m[1]!]!,
  );
  return [...digits, ...spelled];
}

function countOf(list: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of list) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

/**
 * Every number the edited text says that the draft did not, and every number of the draft the
 * edit no longer says (as many times as it differs): an editor may reword, but a changed figure
 * is flagged for the coordinator to check against the tables before release.
 */
export function flagNumberChanges(draft: string, edited: string, locale: string): NumberChange[] {
  const before = countOf(numbersIn(draft, locale));
  const after = countOf(numbersIn(edited, locale));
  const changes: NumberChange[] = [];
  for (const [number, count] of after) {
    for (let i = before.get(number) ?? 0; i < count; i++) changes.push({ number, kind: 'added' });
  }
  for (const [number, count] of before) {
    for (let i = after.get(number) ?? 0; i < count; i++) changes.push({ number, kind: 'removed' });
  }
  return changes;
}
