import { isRecord, type ProblemCollector, problemPath } from './problem-collector.ts';
import {
  type IndicatorProvenance,
  type ListProvenance,
  type ListVerification,
  provenanceStatuses,
  type SourceReference,
} from './provenance.ts';

const maxPlainText = 500;

/** A plain (one-language) text: publication titles and page numbers are not translated. */
function plain(check: ProblemCollector, value: unknown, path: string, nullable: true): string | null;
function plain(check: ProblemCollector, value: unknown, path: string, nullable: false): string;
function plain(check: ProblemCollector, value: unknown, path: string, nullable: boolean): string | null {
  if (nullable && (value === null || value === undefined)) return null;
  if (typeof value !== 'string' || value.trim() === '' || value.length > maxPlainText) {
    check.add(
      path,
      `Must be a non-empty text of at most ${maxPlainText} characters${nullable ? ', or null' : ''}.`,
    );
    return nullable ? null : '';
  }
  return value.trim();
}

function readSource(check: ProblemCollector, value: unknown, path: string): SourceReference | null {
  if (value === null) return null;
  const raw = isRecord(value) ? value : {};
  if (!isRecord(value)) check.add(path, 'Must be an object with publication and page, or null.');
  check.knownFields(raw, ['publication', 'page'], path);
  return {
    publication: plain(check, raw.publication, problemPath(path, 'publication'), false),
    page: plain(check, raw.page, problemPath(path, 'page'), true),
  };
}

function readVerification(check: ProblemCollector, value: unknown, path: string): ListVerification {
  const raw = isRecord(value) ? value : {};
  if (!isRecord(value)) check.add(path, 'Must be an object.');
  check.knownFields(raw, ['by', 'byName', 'at', 'document', 'page', 'note'], path);
  const at = plain(check, raw.at, problemPath(path, 'at'), false);
  if (at !== '' && Number.isNaN(Date.parse(at))) check.add(problemPath(path, 'at'), 'Must be a date.');
  return {
    by: plain(check, raw.by, problemPath(path, 'by'), true),
    byName: plain(check, raw.byName, problemPath(path, 'byName'), false),
    at,
    document: plain(check, raw.document, problemPath(path, 'document'), false),
    page: plain(check, raw.page, problemPath(path, 'page'), true),
    note: plain(check, raw.note, problemPath(path, 'note'), true),
  };
}

/** The list's provenance; absent stays absent (the list then reads as unverified). */
export function readListProvenance(
  check: ProblemCollector,
  value: unknown,
  path: string,
): ListProvenance | undefined {
  if (value === undefined) return undefined;
  const raw = isRecord(value) ? value : {};
  if (!isRecord(value)) check.add(path, 'Must be an object.');
  check.knownFields(raw, ['source', 'derivedFrom', 'note', 'verification'], path);
  const provenance: ListProvenance = {
    source: readSource(check, raw.source ?? null, problemPath(path, 'source')),
  };
  if (raw.derivedFrom !== undefined)
    provenance.derivedFrom = plain(check, raw.derivedFrom, problemPath(path, 'derivedFrom'), false);
  if (raw.note !== undefined) provenance.note = check.text(raw.note, problemPath(path, 'note'));
  if (raw.verification !== undefined)
    provenance.verification = readVerification(check, raw.verification, problemPath(path, 'verification'));
  return provenance;
}

export function readIndicatorProvenance(
  check: ProblemCollector,
  value: unknown,
  path: string,
): IndicatorProvenance | undefined {
  if (value === undefined) return undefined;
  const raw = isRecord(value) ? value : {};
  if (!isRecord(value)) check.add(path, 'Must be an object.');
  check.knownFields(raw, ['status', 'source', 'derivedFrom', 'review'], path);
  const status = check.oneOf(raw.status, provenanceStatuses, problemPath(path, 'status')) ?? 'unverified';
  const provenance: IndicatorProvenance = { status };
  if (raw.source !== undefined) {
    const source = readSource(check, raw.source, problemPath(path, 'source'));
    if (source) provenance.source = source;
  }
  if (raw.derivedFrom !== undefined)
    provenance.derivedFrom = plain(check, raw.derivedFrom, problemPath(path, 'derivedFrom'), false);
  if (status === 'derived' && provenance.derivedFrom === undefined)
    check.add(problemPath(path, 'derivedFrom'), 'A derived item must say what it was derived from.');
  if (raw.review !== undefined) provenance.review = check.text(raw.review, problemPath(path, 'review'));
  return provenance;
}
