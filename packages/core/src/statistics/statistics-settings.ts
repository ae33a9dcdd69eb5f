import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import type { Store } from '../ports.ts';
import { invalid } from '../support/errors.ts';
import { type EnglishSpelling, englishSpellings } from './glossary/english-spelling.ts';
import { isTimeZone } from './zoned-day.ts';

/** How figures are published (configurable by the administrator). */
export interface StatisticsSettings {
  /** Published view: counts from 1 to threshold - 1 are suppressed (default 5: "fewer than 5"). */
  suppressionThreshold: number;
  /** CTDC open-data export: every combination of exported values describes at least k persons. */
  exportK: number;
  /** First month of the reporting year: 1 = calendar year (default), 4 = the TIP report's April to March. */
  yearStartMonth: number;
  /** IANA time zone of the country: reporting periods begin at local midnight there. */
  timeZone: string;
  /** English reports' spelling unless a report asks otherwise: British, or US for the TIP report. */
  englishSpelling: EnglishSpelling;
}

export const defaultStatisticsSettings: StatisticsSettings = {
  suppressionThreshold: 5,
  exportK: 11,
  yearStartMonth: 1,
  timeZone: 'UTC',
  englishSpelling: 'british',
};

const key = 'statistics';

export async function readStatisticsSettings(store: Store): Promise<StatisticsSettings> {
  const stored = (await store.configuration.get(key)) as Partial<StatisticsSettings> | undefined;
  return { ...defaultStatisticsSettings, ...(stored ?? {}) };
}

function checkStatisticsSettings(settings: StatisticsSettings): StatisticsSettings {
  const { suppressionThreshold: t, exportK: k, yearStartMonth: month, timeZone, englishSpelling } = settings;
  if (!Number.isInteger(t) || t < 2 || t > 50) {
    throw invalid('The suppression threshold must be 2 to 50.', {
      fields: { suppressionThreshold: 'invalid' },
    });
  }
  if (!Number.isInteger(k) || k < 2 || k > 100) {
    throw invalid('k must be 2 to 100.', { fields: { exportK: 'invalid' } });
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw invalid('The reporting year starts in a month from 1 (January) to 12.', {
      fields: { yearStartMonth: 'invalid' },
    });
  }
  if (typeof timeZone !== 'string' || !isTimeZone(timeZone)) {
    throw invalid('The time zone must be an IANA name such as Asia/Baku.', {
      fields: { timeZone: 'invalid' },
    });
  }
  if (!englishSpellings.includes(englishSpelling)) {
    throw invalid('English spelling is british or american.', { fields: { englishSpelling: 'invalid' } });
  }
  return { suppressionThreshold: t, exportK: k, yearStartMonth: month, timeZone, englishSpelling };
}

export async function getStatisticsSettings(ctx: Ctx): Promise<StatisticsSettings> {
  authorize(ctx.actor, 'configuration', 'read');
  return readStatisticsSettings(ctx.store);
}

/** Applies to reports produced from now on; files already published are not changed. */
export async function updateStatisticsSettings(
  ctx: Ctx,
  input: Partial<StatisticsSettings>,
): Promise<StatisticsSettings> {
  authorize(ctx.actor, 'configuration', 'update');
  return ctx.store.transaction(async (tx) => {
    const next = checkStatisticsSettings({ ...(await readStatisticsSettings(tx)), ...input });
    await tx.configuration.set(key, next, ctx.clock.now());
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'configuration.updated',
      entityType: 'configuration',
      entityId: key,
      details: { ...next },
    });
    return next;
  });
}
