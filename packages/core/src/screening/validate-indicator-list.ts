import {
  type DimensionRole,
  destinationRoles,
  dimensionRoles,
  type Indicator,
  type IndicatorDimension,
  type IndicatorList,
  indicatorStrengths,
  listExploitations,
  listPopulations,
  recruitmentRoles,
  scoringRules,
} from './indicator-list.ts';
import { isRecord, ProblemCollector, problemPath } from './problem-collector.ts';
import { readIndicatorProvenance, readListProvenance } from './read-provenance.ts';

const listFields = [
  'key',
  'version',
  'title',
  'description',
  'population',
  'exploitation',
  'rule',
  'dimensions',
  'indicators',
  'provenance',
];
const dimensionFields = ['key', 'role', 'title'];
const indicatorFields = ['key', 'dimension', 'strength', 'label', 'help', 'provenance'];
// Far above any real SOP list; stops a mistaken upload (a whole spreadsheet) from being stored.
const maxDimensions = 50;
const maxIndicators = 1000;

/**
 * Checks a country's own list, as an administrator loads it (unknown JSON), and returns it typed
 * and trimmed. Refuses it with validation_failed listing every problem found, so the list can be
 * fixed in one pass. Shipped lists pass the same checks.
 */
export function validateIndicatorList(input: unknown): IndicatorList {
  const check = new ProblemCollector();
  if (!isRecord(input)) {
    check.add('', 'The indicator list must be an object.');
    check.throwIfAny('The indicator list is not valid.');
  }
  const raw = input as Record<string, unknown>;
  check.knownFields(raw, listFields, '');
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    check.add('version', 'Must be a whole number from 1.');
  }
  const rule = check.oneOf(raw.rule, scoringRules, 'rule');
  const population = check.oneOf(raw.population, listPopulations, 'population');
  const list = {
    key: check.key(raw.key, 'key'),
    version: version as number,
    title: check.text(raw.title, 'title'),
    description: check.text(raw.description, 'description'),
    population: population ?? 'any',
    exploitation: check.oneOf(raw.exploitation, listExploitations, 'exploitation') ?? 'any',
    rule: rule ?? 'presence_only',
    dimensions: readDimensions(check, raw.dimensions),
    indicators: [] as Indicator[],
  } satisfies IndicatorList;
  list.indicators = readIndicators(check, raw.indicators, list.dimensions, rule);
  const provenance = readListProvenance(check, raw.provenance, 'provenance');

  list.dimensions.forEach((dimension, index) => {
    if (dimension.key !== '' && !list.indicators.some((item) => item.dimension === dimension.key)) {
      check.add(problemPath('dimensions', index), `Dimension "${dimension.key}" has no indicator.`);
    }
  });
  if (rule === 'ilo_ec_2009') {
    const roles = new Set(list.dimensions.map((dimension) => dimension.role));
    const has = (wanted: readonly DimensionRole[]) => wanted.some((role) => roles.has(role));
    if (!has(recruitmentRoles)) {
      check.add(
        'dimensions',
        `The ilo_ec_2009 rule needs a recruitment dimension (${recruitmentRoles.join(', ')}).`,
      );
    }
    if (!roles.has('exploitative_conditions')) {
      check.add('dimensions', 'The ilo_ec_2009 rule needs an exploitative_conditions dimension.');
    }
    // A child-only list may leave out the destination dimensions: the child rule never uses them.
    if (population !== 'child' && !has(destinationRoles)) {
      check.add(
        'dimensions',
        `The ilo_ec_2009 rule needs a destination dimension (${destinationRoles.join(', ')}).`,
      );
    }
  }
  check.throwIfAny('The indicator list is not valid.');
  return provenance ? { ...list, provenance } : list;
}

function readDimensions(check: ProblemCollector, value: unknown): IndicatorDimension[] {
  const seen = new Set<string>();
  return check.array(value, 'dimensions', maxDimensions).map((item, index) => {
    const path = problemPath('dimensions', index);
    const raw = isRecord(item) ? item : {};
    if (!isRecord(item)) check.add(path, 'Must be an object.');
    check.knownFields(raw, dimensionFields, path);
    const key = check.key(raw.key, problemPath(path, 'key'));
    if (key !== '' && seen.has(key))
      check.add(problemPath(path, 'key'), `Dimension key "${key}" is used twice.`);
    seen.add(key);
    const role = check.oneOf(raw.role, dimensionRoles, problemPath(path, 'role')) ?? 'none';
    return { key, role, title: check.text(raw.title, problemPath(path, 'title')) };
  });
}

function readIndicators(
  check: ProblemCollector,
  value: unknown,
  dimensions: readonly IndicatorDimension[],
  rule: IndicatorList['rule'] | undefined,
): Indicator[] {
  const seen = new Set<string>();
  const dimensionKeys = new Set(dimensions.map((dimension) => dimension.key));
  return check.array(value, 'indicators', maxIndicators).map((item, index) => {
    const path = problemPath('indicators', index);
    const raw = isRecord(item) ? item : {};
    if (!isRecord(item)) check.add(path, 'Must be an object.');
    check.knownFields(raw, indicatorFields, path);
    const key = check.key(raw.key, problemPath(path, 'key'));
    if (key !== '' && seen.has(key))
      check.add(problemPath(path, 'key'), `Indicator key "${key}" is used twice.`);
    seen.add(key);
    const dimension = check.key(raw.dimension, problemPath(path, 'dimension'));
    if (dimension !== '' && !dimensionKeys.has(dimension)) {
      check.add(problemPath(path, 'dimension'), `There is no dimension "${dimension}" in this list.`);
    }
    let strength: Indicator['strength'] = null;
    if (rule === 'ilo_ec_2009') {
      strength = check.oneOf(raw.strength, indicatorStrengths, problemPath(path, 'strength')) ?? null;
    } else if (rule === 'presence_only' && raw.strength !== undefined && raw.strength !== null) {
      check.add(problemPath(path, 'strength'), 'Must be null: the presence_only rule has no strengths.');
    }
    const indicator: Indicator = {
      key,
      dimension,
      strength,
      label: check.text(raw.label, problemPath(path, 'label')),
    };
    if (raw.help !== undefined) indicator.help = check.text(raw.help, problemPath(path, 'help'));
    const provenance = readIndicatorProvenance(check, raw.provenance, problemPath(path, 'provenance'));
    if (provenance) indicator.provenance = provenance;
    return indicator;
  });
}
