import type { DecisionRecord, ScreeningRecord } from './person-bundle.ts';
import type { ScaleContext, ScaleOrganisation } from './scale-context.ts';
import { type SeededRandom, weights } from './seeded-random.ts';

type Path =
  | 'police'
  | 'prosecution'
  | 'court'
  | 'migration'
  | 'ngo_only'
  | 'ngo_then_police'
  | 'police_not_victim'
  | 'pending';

const presumedPaths = weights<Path>([
  ['police', 44],
  ['ngo_only', 14],
  ['ngo_then_police', 10],
  ['prosecution', 6],
  ['court', 4],
  ['migration', 4],
  ['police_not_victim', 5],
  ['pending', 3],
]);

/** Working days from the screening to the first decision, around the default 5-day deadline. */
const delayBands = weights<readonly [number, number]>([
  [[0, 5], 62],
  [[6, 10], 20],
  [[11, 20], 12],
  [[21, 30], 6],
]);

/**
 * The formal decisions, in recording order: state bodies (police, prosecution, court, the
 * migration service for foreigners), NGO-only identifications, some confirmed later by the
 * police, a few "not a victim". A decision that would fall after the snapshot is still pending.
 */
export function generateDecisions(
  ctx: ScaleContext,
  random: SeededRandom,
  ids: SeededRandom,
  person: { owner: ScaleOrganisation; screenings: ScreeningRecord[]; foreign: boolean; asOf: Date },
): DecisionRecord[] {
  const presumed = person.screenings.find((s) => s.outcome === 'presumed_victim');
  const last = person.screenings[person.screenings.length - 1];
  if (!last) return [];
  let path: Path;
  if (presumed) {
    path = random.weighted(presumedPaths);
    if (path === 'migration' && !person.foreign) path = 'police';
  } else {
    path = random.chance(0.5) ? 'police_not_victim' : 'pending';
  }
  const ngo = ['ngo', 'shelter', 'hotline'].includes(person.owner.type) ? person.owner : ctx.orgs['ngo-baku'];
  const steps: [ScaleOrganisation, DecisionRecord['outcome']][] = {
    police: [[ctx.orgs.atd, 'identified']],
    prosecution: [[ctx.orgs.prosecution, 'identified']],
    court: [[ctx.orgs.court, 'identified']],
    migration: [[ctx.orgs.sms, 'identified']],
    ngo_only: [[ngo, 'identified']],
    ngo_then_police: [
      [ngo, 'identified'],
      [ctx.orgs.atd, 'identified'],
    ],
    police_not_victim: [[ctx.orgs.atd, 'not_victim']],
    pending: [],
  }[path] as [ScaleOrganisation, DecisionRecord['outcome']][];
  const decisions: DecisionRecord[] = [];
  // Decisions are recorded after the screening they follow (the app's order of events).
  let from = (presumed ?? last).recordedAt;
  for (const [i, [organisation, outcome]] of steps.entries()) {
    const [min, max] = i === 0 ? random.weighted(delayBands) : [5, 40];
    const decided = ctx.workingDays.add(from, random.int(min, max));
    const decidedOn = decided.toISOString().slice(0, 10);
    const recordedAt = new Date(
      Math.max(
        Date.parse(`${decidedOn}T08:00:00Z`) + random.int(0, 9 * 60) * 60_000,
        from.getTime() + random.int(30, 180) * 60_000,
      ),
    );
    if (recordedAt > person.asOf) break;
    decisions.push({
      id: ids.uuid(),
      organisation,
      bodyType: organisation.bodyType,
      outcome,
      decidedOn,
      recordedAt,
    });
    from = recordedAt;
  }
  return decisions;
}
