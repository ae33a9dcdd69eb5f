import { recordAudit } from '../../audit/record-audit.ts';
import type { Ctx } from '../../context.ts';
import { readIdentificationSettings } from '../../identification/identification-settings.ts';
import type { Locale } from '../../model.ts';
import { authorize } from '../../policy/authorize.ts';
import { conflict, invalid } from '../../support/errors.ts';
import { buildAnnualReport } from '../build-annual-report.ts';
import { tablesFor } from '../catalogue.ts';
import type { Report } from '../report-model.ts';
import type { PeriodInput } from '../report-period.ts';
import { readStatisticsSettings } from '../statistics-settings.ts';
import { hashReleaseFiles, type UnhashedFile } from './hash-release-files.ts';
import { listCellRevisions } from './list-cell-revisions.ts';
import { readReleasedReport } from './read-released-report.ts';
import type { ReleaseFileKind, StatisticsRelease } from './release-model.ts';
import { releaseSeriesKey } from './release-series.ts';

/** The published files of one report as the server renders them for download (XLSX, CSV zip, PDF). */
export type RenderReleaseFiles = (
  report: Report,
) => Promise<{ kind: Exclude<ReleaseFileKind, 'json'>; contentType: string; bytes: Uint8Array }[]>;

export interface PublishReleaseInput extends Pick<PeriodInput, 'year'> {
  datasetId?: string | undefined;
  locales: readonly Locale[];
  /** Required when the period was released before: what the new release corrects, and why. */
  reason?: string | undefined;
}

/** e.g. opennrm-release-2014-04-01-v2-az: the period's first day (labels are in each language). */
function fileBase(report: Report, number: number): string {
  return `opennrm-release-${report.period.from}-v${number}-${report.locale}`;
}

/**
 * Publishes the national published view of one source and period: the report exactly as built,
 * in each language, as JSON and as the files readers download, frozen with their SHA-256, who
 * and when, and the settings and table definitions used. The stored bytes are what every later
 * download returns. Publishing a period again is a correction: it needs a reason and lists the
 * cells that changed since the release it corrects (hidden cells only as "not shown").
 */
export async function publishStatisticsRelease(
  ctx: Ctx,
  input: PublishReleaseInput,
  render: RenderReleaseFiles,
): Promise<StatisticsRelease> {
  authorize(ctx.actor, 'statistics_release', 'create');
  const locales = [...new Set(input.locales)];
  if (locales.length === 0)
    throw invalid('Choose at least one language.', { fields: { locales: 'required' } });
  const reason = input.reason?.trim() || null;
  const { locales: _l, reason: _r, ...which } = input;
  const reports: Report[] = [];
  // One after the other: on the embedded database the queries share one session anyway.
  for (const locale of locales) {
    reports.push(await buildAnnualReport(ctx, { ...which, view: 'published', scope: 'national', locale }));
  }
  const [first] = reports as [Report, ...Report[]];
  const seriesKey = releaseSeriesKey(first.source, first.period);
  const latest = await ctx.store.statisticsReleases.latest(seriesKey);
  if (latest && !reason) {
    throw invalid(
      `${first.period.label} was released before (release ${latest.number}): say what this release corrects.`,
      {
        fields: { reason: 'required' },
      },
    );
  }
  if (!latest && reason)
    throw invalid('There is no release of this period to correct.', { fields: { reason: 'invalid' } });
  const changes = latest
    ? listCellRevisions(await readReleasedReport(ctx.store, latest), first, [
        { before: 'current', after: 'current', period: 'current' },
        { before: 'previous', after: 'previous', period: 'previous' },
      ])
    : [];
  const number = (latest?.number ?? 0) + 1;
  const unhashed: UnhashedFile[] = [];
  for (const report of reports) {
    const base = fileBase(report, number);
    const json = new TextEncoder().encode(`${JSON.stringify(report, null, 2)}\n`);
    unhashed.push({
      name: `${base}.json`,
      kind: 'json',
      contentType: 'application/json',
      locale: report.locale,
      bytes: json,
    });
    for (const file of await render(report)) {
      unhashed.push({ ...file, name: `${base}.${file.kind}`, locale: report.locale });
    }
  }
  const { files, sha256 } = hashReleaseFiles(unhashed);
  const [statistics, identification, user] = await Promise.all([
    readStatisticsSettings(ctx.store),
    readIdentificationSettings(ctx.store),
    ctx.store.users.get(ctx.actor.userId),
  ]);
  const release: StatisticsRelease = {
    id: ctx.newId(),
    seriesKey,
    number,
    source: first.source,
    scope: { kind: 'national' },
    period: first.period,
    previousPeriod: first.previousPeriod,
    locales,
    publishedAt: ctx.clock.now(),
    publishedBy: { userId: user?.id ?? null, name: user?.displayName ?? '' },
    corrects: latest ? { id: latest.id, number: latest.number } : null,
    reason,
    changes,
    settings: {
      threshold: first.threshold,
      countryCode: identification.countryCode,
      statistics: { ...statistics },
    },
    definitions: { tables: tablesFor(first.source.kind).map((t) => ({ ...t })) },
    files: files.map(({ bytes: _b, ...file }) => file),
    sha256,
  };
  return ctx.store.transaction(async (tx) => {
    // Two coordinators publishing the same period at once: one release gets the number.
    if (!(await tx.statisticsReleases.insert(release, files))) {
      throw conflict('This period was released by someone else just now; reload and publish again.');
    }
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'statistics.release_published',
      entityType: 'statistics_release',
      entityId: release.id,
      details: {
        number,
        period: { from: release.period.from, to: release.period.to },
        source:
          release.source.kind === 'ctdc'
            ? { kind: 'ctdc', datasetId: release.source.datasetId }
            : { kind: 'national' },
        locales,
        sha256,
        ...(release.corrects ? { corrects: release.corrects.id, reason, changedCells: changes.length } : {}),
      },
    });
    return release;
  });
}
