import { createHash } from 'node:crypto';
import type { Locale } from '../../model.ts';
import type { ReleaseFileContent, ReleaseFileKind } from './release-model.ts';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A file with its hash; `kind` is the release's own vocabulary (statistics or country report). */
export type HashedFile<K extends string> = Omit<ReleaseFileContent, 'kind'> & { kind: K | 'sha256sums' };

export interface UnhashedFile<K extends string = ReleaseFileKind> {
  name: string;
  kind: K;
  contentType: string;
  locale: Locale;
  bytes: Uint8Array;
}

/**
 * Each file with its SHA-256, plus SHA256SUMS: the list `sha256sum` prints and checks
 * (`sha256sum -c SHA256SUMS`), sorted by name. The release's own hash is that list's hash, so
 * one value stands for every byte of every file.
 */
export function hashReleaseFiles<K extends string = ReleaseFileKind>(
  files: readonly UnhashedFile<K>[],
): {
  files: HashedFile<K>[];
  sha256: string;
} {
  const hashed: HashedFile<K>[] = files.map((f) => ({
    name: f.name,
    kind: f.kind,
    contentType: f.contentType,
    locale: f.locale,
    size: f.bytes.byteLength,
    sha256: sha256Hex(f.bytes),
    bytes: f.bytes,
  }));
  const names = hashed.map((f) => f.name);
  if (new Set(names).size !== names.length) throw new Error('Two files of a release share a name.');
  const sums = [...hashed]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((f) => `${f.sha256}  ${f.name}\n`)
    .join('');
  const bytes = new TextEncoder().encode(sums);
  const sha256 = sha256Hex(bytes);
  const list: HashedFile<K> = {
    name: 'SHA256SUMS',
    kind: 'sha256sums',
    contentType: 'text/plain; charset=utf-8',
    locale: null,
    size: bytes.byteLength,
    sha256,
    bytes,
  };
  return { files: [...hashed, list], sha256 };
}
