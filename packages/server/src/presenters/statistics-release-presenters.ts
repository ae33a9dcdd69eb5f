import { type CellRevision, type Locale, type StatisticsRelease, statisticsLabels } from '@opennrm/core';

/** A release in a list: what, when, by whom, what it corrects, its files and hashes. */
export function presentReleaseSummary(release: StatisticsRelease) {
  return {
    id: release.id,
    number: release.number,
    source: release.source,
    scope: release.scope,
    period: release.period,
    previousPeriod: release.previousPeriod,
    locales: release.locales,
    publishedAt: release.publishedAt.toISOString(),
    // The name as it was at publication; the user id stays in the database and the audit trail.
    publishedBy: { name: release.publishedBy.name },
    corrects: release.corrects,
    reason: release.reason,
    settings: release.settings,
    files: release.files,
    sha256: release.sha256,
  };
}

/**
 * A changed cell with its table, row and column in words (the reader's language), from the
 * definitions the release was built with; a total is named as the report names it.
 */
function labelRevision(release: StatisticsRelease, locale: Locale) {
  const labels = statisticsLabels(locale);
  const name = (dimension: string | null | undefined, code: string | null) => {
    if (code === null) return labels.layout.total;
    const values = dimension
      ? labels.dimensions[dimension as keyof typeof labels.dimensions]?.values
      : undefined;
    return values?.[code] ?? code;
  };
  return (change: CellRevision) => {
    const table = release.definitions.tables.find((t) => t.key === change.table);
    return {
      ...change,
      labels: {
        table: labels.tables[change.table]?.title ?? change.table,
        row: name(table?.rows, change.row),
        column: name(table?.columns, change.column),
      },
    };
  };
}

/** Every field the API shows of one release, with the cells it corrected. */
export function presentRelease(release: StatisticsRelease, locale: Locale = 'en') {
  return {
    ...presentReleaseSummary(release),
    changes: release.changes.map(labelRevision(release, locale)),
    definitions: {
      tables: release.definitions.tables.map((t) => ({
        key: t.key,
        fact: t.fact,
        rows: t.rows,
        columns: t.columns,
        measure: { ...t.measure },
      })),
    },
  };
}
