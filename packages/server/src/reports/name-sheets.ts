/** Excel's limits: at most 31 characters, none of []:*?/\, no apostrophe at either end. */
const maxLength = 31;

/**
 * Sheet names for the given titles, in order: cleaned, shortened, and unique ignoring case
 * (Excel refuses two sheets that differ only in case). `reserved` names are taken already.
 */
export function nameSheets(titles: readonly string[], reserved: readonly string[] = []): string[] {
  const taken = new Set(reserved.map((name) => name.toLocaleLowerCase()));
  return titles.map((title) => {
    const base = cleanSheetName(title);
    let name = base;
    for (let n = 2; taken.has(name.toLocaleLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = `${cut(base, maxLength - suffix.length)}${suffix}`;
    }
    taken.add(name.toLocaleLowerCase());
    return name;
  });
}

function cleanSheetName(title: string): string {
  const visible = Array.from(title, (char) => (char < ' ' || '[]:*?/\\'.includes(char) ? ' ' : char)).join(
    '',
  );
  const short = cut(visible.replace(/\s+/g, ' '), maxLength);
  // "History" is reserved by Excel for change tracking.
  if (short === '' || short.toLocaleLowerCase() === 'history') return `${short || 'Sheet'} 1`;
  return short;
}

/** Excel counts UTF-16 units; never leave half of a surrogate pair, an apostrophe or a space at an end. */
function cut(name: string, length: number): string {
  return name
    .slice(0, length)
    .replace(/[\uD800-\uDBFF]$/, '')
    .replace(/^[\s']+|[\s']+$/g, '');
}
