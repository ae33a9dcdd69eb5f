import { randomInt } from 'node:crypto';
import { type Deps, defendantNameAad, operatorActor, recordAudit } from '@opennrm/core';
import {
  type Connection,
  type CopyInto,
  ensureTrackingTriggersOn,
  refreshPlannerStatistics,
  reservePersonCodes,
  withTrackingTriggersOff,
} from '@opennrm/db';
import { loadDemo } from '../load-demo.ts';
import { copyChunks } from './copy-chunks.ts';
import { copyScaleFunding } from './generate-funding.ts';
import { generatePersonBundle } from './generate-person-bundle.ts';
import { copyScalePrevention, type PreventionTable } from './generate-prevention.ts';
import { loadScaleContext } from './scale-context.ts';
import { createThrowawayDeps } from './scale-deps.ts';
import {
  countPerYear,
  defaultFirstYear,
  defaultLastYear,
  personSlots,
  type ScalePlan,
  yearsBetween,
} from './scale-plan.ts';
import { scaleTables } from './scale-rows.ts';

/** What generation needs of a database: a Runtime, a db Connection and a TestDatabase all fit. */
export interface ScaleTarget {
  db: Connection['db'];
  kind: 'pglite' | 'postgres';
  copyInto: CopyInto;
}

export interface ScaleOptions {
  persons: number;
  /** Same seed, same country (figures, dates, distributions; ids and codes are new). */
  seed?: number;
  /** The installation's ports (the CLI); without them a throwaway set is made (benchmarks, tests). */
  deps?: Deps;
  /** Called as persons are written (for a progress line). */
  onProgress?: (persons: number) => void;
  /** Bypass the per-row reporting triggers while loading (default), or let them run. */
  triggers?: 'bypass' | 'run';
}

export type ScaleSummary = Record<(typeof scaleTables)[number]['table'], number> &
  Record<PreventionTable, number> & {
    seed: number;
    seconds: number;
  };

export const defaultScaleSeed = 2015;

/**
 * Adds a synthetic country of `persons` persons to the database, after the demo country (loaded
 * here if missing; it owns the records). Persons are generated in chunks, each from its own
 * random stream, and every table is written with COPY, so memory holds a chunk or two at most.
 * One audit event records the generation (not one per row: nobody did anything to these persons).
 */
export async function generateScaleCountry(
  target: ScaleTarget,
  options: ScaleOptions,
): Promise<ScaleSummary> {
  const started = performance.now();
  const seed = options.seed ?? defaultScaleSeed;
  if (!Number.isInteger(options.persons) || options.persons < 1)
    throw new Error('--scale must be a whole number of persons, 1 or more.');
  const deps = options.deps ?? (await createThrowawayDeps(target));
  await ensureTrackingTriggersOn(target.db);
  await loadDemo(deps);
  const plan = await reserveCodes(target.db, options.persons);
  const ctx = await loadScaleContext(deps.store, seed, {
    first: plan.years[0] ?? 0,
    last: plan.years.at(-1) ?? 0,
  });
  const idSalt = randomInt(2 ** 31);
  let done = 0;
  const bundles = function* () {
    for (const slots of chunksOf(personSlots(plan), chunkSize))
      yield slots.map((slot) => {
        const bundle = generatePersonBundle(ctx, slot, seed, idSalt, plan.asOf);
        // A defendant's name is sealed like a victim's, under the installation's key: a row the
        // app reveals or re-seals on key rotation must open (the name itself is invented).
        for (const d of bundle.prosecution?.defendants ?? [])
          d.row.nameSealed = deps.sealer.seal(d.name, defendantNameAad(d.row.id));
        return bundle;
      });
  };
  // With the tracking triggers running, screenings and decisions rewrite their persons while the
  // deliveries' trigger (migration 31) locks the same persons in id order: loaded side by side
  // they deadlock, so that mode (which proves the generator's dates) loads one table at a time.
  const run = options.triggers === 'run';
  const copied = await withTrackingTriggersOff(target.db, run, () =>
    copyChunks(
      target,
      bundles(),
      (n) => {
        done += n;
        options.onProgress?.(done);
      },
      target.kind === 'postgres' && !run,
    ),
  );
  const funding = await copyScaleFunding(target, ctx, plan, seed, idSalt);
  const prevention = await copyScalePrevention(target, ctx, plan, seed, idSalt);
  await refreshPlannerStatistics(target.db);
  // In load order, whichever COPY finished first.
  const counts = {
    ...Object.fromEntries(scaleTables.map((t) => [t.table, copied[t.table] ?? 0])),
    ...funding,
    ...prevention,
  };
  const summary = { ...(counts as ScaleSummary), seed, seconds: (performance.now() - started) / 1000 };
  await recordAudit({ store: deps.store, clock: deps.clock }, operatorActor(), null, {
    action: 'demo.scale_generated',
    entityType: 'demo',
    details: { ...counts, seed, years: `${plan.years[0]}-${plan.years.at(-1)}` },
  });
  return summary;
}

/**
 * Persons are generated once per chunk and each table is copied from the chunk in turn (persons
 * first: the others reference them), so memory holds one chunk whatever the country's size.
 */
const chunkSize = 5_000;

function* chunksOf<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let chunk: T[] = [];
  for (const item of items) {
    chunk.push(item);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

/** Codes for the generated persons, reserved so the app's later persons get fresh ones. */
async function reserveCodes(db: Connection['db'], persons: number): Promise<ScalePlan> {
  const years = yearsBetween(defaultFirstYear, defaultLastYear);
  const counts = countPerYear(persons, years);
  const firstCode = await reservePersonCodes(
    db,
    years.map((year, i) => ({ year, count: counts[i] ?? 0 })),
  );
  return { years, counts, firstCode, asOf: new Date(Date.UTC(defaultLastYear + 1, 0, 15)) };
}
