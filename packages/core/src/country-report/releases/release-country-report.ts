import { recordAudit } from '../../audit/record-audit.ts';
import type { Ctx } from '../../context.ts';
import { locales } from '../../model.ts';
import { authorize } from '../../policy/authorize.ts';
import { hashReleaseFiles, type UnhashedFile } from '../../statistics/releases/hash-release-files.ts';
import { conflict, invalid } from '../../support/errors.ts';
import { type CountryNarrative, getCountryNarrative } from '../get-country-narrative.ts';
import { type FilledSubmissionForPeriod, getFilledSubmission } from '../get-filled-submission.ts';
import type {
  CountryReportDocument,
  CountryReportFileKind,
  CountryReportRelease,
} from './country-report-release.ts';

/** The files as the server renders them for download, so a release is what a download gave. */
export interface CountryReportRenderers {
  submissionXlsx(filled: FilledSubmissionForPeriod): Promise<Uint8Array>;
  narrativeDocx(narrative: CountryNarrative): Promise<Uint8Array>;
  narrativePdf(narrative: CountryNarrative): Promise<Uint8Array>;
}

export interface ReleaseCountryReportInput {
  document: CountryReportDocument;
  year: number;
  /** Required when the document of that year was released before: why it is sent again. */
  reason?: string | undefined;
}

type File = UnhashedFile<CountryReportFileKind>;
const json = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
const types = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** The files of a document as it stands now: JSON (exactly what was built) and the rendered ones. */
async function renderFiles(
  ctx: Ctx,
  input: ReleaseCountryReportInput,
  base: string,
  render: CountryReportRenderers,
): Promise<{ files: File[]; period: CountryReportRelease['period'] }> {
  if (input.document !== 'narrative') {
    const filled = await getFilledSubmission(ctx, { template: input.document, year: input.year });
    const locale = 'en' as const;
    return {
      period: filled.period,
      files: [
        { name: `${base}.json`, kind: 'json', contentType: 'application/json', locale, bytes: json(filled) },
        {
          name: `${base}.xlsx`,
          kind: 'xlsx',
          contentType: types.xlsx,
          locale,
          bytes: await render.submissionXlsx(filled),
        },
      ],
    };
  }
  const files: File[] = [];
  let period: CountryReportRelease['period'] | undefined;
  // One language after the other: on the embedded database the queries share one session anyway.
  for (const locale of locales) {
    const narrative = await getCountryNarrative(ctx, { year: input.year, locale });
    period = narrative.period;
    const name = `${base}-${locale}`;
    files.push(
      { name: `${name}.json`, kind: 'json', contentType: 'application/json', locale, bytes: json(narrative) },
      {
        name: `${name}.docx`,
        kind: 'docx',
        contentType: types.docx,
        locale,
        bytes: await render.narrativeDocx(narrative),
      },
      {
        name: `${name}.pdf`,
        kind: 'pdf',
        contentType: types.pdf,
        locale,
        bytes: await render.narrativePdf(narrative),
      },
    );
  }
  return { files, period: period! };
}

/**
 * Freezes what the country submits: one questionnaire (or the narrative in three languages) of a
 * year, as the coordinator would download it now, with each file's SHA-256 and the release's
 * hash (that of SHA256SUMS). Releasing the same document and year again replaces the submission
 * with a new number and a reason; the earlier one stays stored and downloadable.
 */
export async function releaseCountryReport(
  ctx: Ctx,
  input: ReleaseCountryReportInput,
  render: CountryReportRenderers,
): Promise<CountryReportRelease> {
  authorize(ctx.actor, 'country_report', 'create');
  const reason = input.reason?.trim() || null;
  const latest = await ctx.store.countryReportReleases.latest(input.document, input.year);
  if (latest && !reason)
    throw invalid(`This document was released before (release ${latest.number}): say why it is sent again.`, {
      fields: { reason: 'required' },
    });
  if (!latest && reason)
    throw invalid('There is no release of this document to replace.', { fields: { reason: 'invalid' } });
  const number = (latest?.number ?? 0) + 1;
  const base = `opennrm-${input.document}-${input.year}-v${number}`;
  const rendered = await renderFiles(ctx, input, base, render);
  const { files, sha256 } = hashReleaseFiles(rendered.files);
  const user = await ctx.store.users.get(ctx.actor.userId);
  const release: CountryReportRelease = {
    id: ctx.newId(),
    document: input.document,
    year: input.year,
    number,
    period: rendered.period,
    releasedAt: ctx.clock.now(),
    releasedBy: { userId: user?.id ?? null, name: user?.displayName ?? '' },
    reason,
    // A questionnaire is answered in English: its files carry no language of their own.
    files: files.map(({ bytes: _b, ...file }) => ({
      ...file,
      locale: input.document === 'narrative' ? file.locale : null,
    })),
    sha256,
  };
  return ctx.store.transaction(async (tx) => {
    if (!(await tx.countryReportReleases.insert(release, files)))
      throw conflict('This document was released by someone else just now; reload and release again.');
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'country_report.released',
      entityType: 'country_report_release',
      entityId: release.id,
      details: {
        document: release.document,
        year: release.year,
        number,
        sha256,
        ...(reason ? { reason } : {}),
      },
    });
    return release;
  });
}
