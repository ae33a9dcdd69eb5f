import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The documents stay true to the tree: every path ARCHITECTURE.md names exists, every document
 * the code cites is in docs/, and every relative link in our Markdown leads somewhere. A renamed
 * or deleted file then fails here instead of misleading the next reader.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const skipped = new Set(['node_modules', 'dist', '.git', '.tmp', 'data']);

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skipped.has(entry.name)) continue;
    const path = join(dir, entry.name);
    out.push(relative(root, path));
    if (entry.isDirectory()) walk(path, out);
  }
  return out;
}
const tree = walk(root);

/** Where the bare names of each ARCHITECTURE.md section live (`## core` speaks of core/src). */
const sectionBase: Record<string, string> = {
  core: 'packages/core/src',
  server: 'packages/server/src',
  db: 'packages/db/src',
  web: 'packages/web',
  cli: 'packages/cli/src',
  bench: 'bench',
};

function looksLikePath(token: string): boolean {
  if (/[\s<>():="'`]|^[@/.]?\/|:\/\//.test(token) || token.startsWith('@')) return false;
  // `x.test.ts` and the like are placeholders for "any file named so".
  if (/(^|\/)x\.[a-z.]+$/.test(token)) return false;
  return /\.(ts|tsx|mjs|js|md|json|html|css)$/.test(token) || token.includes('/');
}

function expandBraces(token: string): string[] {
  const match = token.match(/\{([^}]+)\}/);
  if (!match) return [token];
  return match[1]!.split(',').flatMap((part) => expandBraces(token.replace(match[0], part)));
}

function globToRegExp(pattern: string): RegExp {
  const source = pattern
    .replace(/\/$/, '')
    .split(/(\*\*|\*)/)
    .map((part) =>
      part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`(^|/)${source}$`);
}

/** A path as the document writes it: from the root, from packages/, from the section's package, or a tail. */
function exists(token: string, base: string): boolean {
  const path = token.replace(/\/$/, '');
  if (token.includes('*')) {
    const pattern = globToRegExp(path);
    return tree.some((p) => (base === '' || p.startsWith(`${base}/`)) && pattern.test(p));
  }
  if ([path, `packages/${path}`, `${base}/${path}`].some((p) => existsSync(join(root, p)))) return true;
  return tree.some((p) => (base === '' || p.startsWith(`${base}/`)) && p.endsWith(`/${path}`));
}

/** Every path ARCHITECTURE.md names, with the section that names it. */
function namedPaths(): { token: string; base: string }[] {
  const text = readFileSync(join(root, 'ARCHITECTURE.md'), 'utf8');
  const found: { token: string; base: string }[] = [];
  for (const section of text.split(/^## /m)) {
    const title = section.split('\n', 1)[0]!.trim();
    const base = sectionBase[title] ?? '';
    const [prose, blocks] = section
      .split(/^```.*$/m)
      .reduce<[string[], string[]]>(
        ([outside, inside], part, i) => (i % 2 ? [outside, [...inside, part]] : [[...outside, part], inside]),
        [[], []],
      );
    const tokens =
      prose
        .join('\n')
        .match(/`[^`\n]+`/g)
        ?.map((t) => t.slice(1, -1)) ?? [];
    // In the trees, the first column of each line names files: `src/main.tsx, app.tsx   entry...`.
    for (const line of blocks.join('\n').split('\n')) {
      const column = line.trim().split(/\s{2,}/)[0] ?? '';
      tokens.push(...column.split(/,\s*/));
    }
    for (const token of tokens.flatMap(expandBraces)) {
      if (looksLikePath(token)) found.push({ token, base });
    }
  }
  return found;
}

describe('the documents match the tree', () => {
  it('every path ARCHITECTURE.md names exists', () => {
    const named = namedPaths();
    expect(named.length).toBeGreaterThan(100); // the parser still finds the paths
    const missing = named.filter(({ token, base }) => !exists(token, base)).map(({ token }) => token);
    expect(missing).toEqual([]);
  });

  it("names every member of core's Store port", () => {
    const ports = readFileSync(join(root, 'packages/core/src/ports.ts'), 'utf8');
    const body = ports.match(/export interface Store \{([\s\S]*?)\n\}/)?.[1] ?? '';
    const members = [...body.matchAll(/^ {2}(\w+)[:<(]/gm)].map((m) => m[1]!);
    const text = readFileSync(join(root, 'ARCHITECTURE.md'), 'utf8');
    const listed = text.match(/`ports\.ts`: the `Store` \(([^)]*)\)/)?.[1]?.split(/[,;\s]+/) ?? [];
    expect(members.length).toBeGreaterThan(10);
    expect(members.filter((m) => !listed.includes(m))).toEqual([]);
  });

  it('every document the code cites is in docs/, and nothing cites the old ../shared documents', () => {
    const cited = new Map<string, string>();
    const stale: string[] = [];
    for (const file of tree.filter((p) =>
      /^(packages\/[^/]+\/src|bench|scripts)\/.*\.(ts|tsx|mjs)$/.test(p),
    )) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const [doc] of text.matchAll(/docs\/[\w./-]+\.md/g)) cited.set(doc, file);
      if (/DESIGN\.md|DESIGN( section)? \d|shared\/(seed|reference)|reference\/[\w-]+\.md/.test(text))
        stale.push(file);
    }
    expect(cited.size).toBeGreaterThan(5);
    const missing = [...cited].filter(([doc]) => !existsSync(join(root, doc))).map(([d, f]) => `${d} (${f})`);
    expect(missing).toEqual([]);
    expect(stale).toEqual([]);
  });

  it('every relative link of our Markdown leads to a file', () => {
    const documents = tree.filter(
      (p) => p.endsWith('.md') && (!p.includes('/') || p.startsWith('docs/') || p.startsWith('bench/')),
    );
    const broken: string[] = [];
    for (const doc of documents) {
      const text = readFileSync(join(root, doc), 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue;
        if (!existsSync(join(root, dirname(doc), target!))) broken.push(`${doc} -> ${target}`);
      }
    }
    expect(documents.length).toBeGreaterThan(10);
    expect(broken).toEqual([]);
  });
});
