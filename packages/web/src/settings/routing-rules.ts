import type { RoutingRule } from '../api/types.ts';

/** A yes/no condition that may also be left open: "any" means the rule ignores it. */
export type TriState = 'yes' | 'no' | 'any';

export function toTriState(value: boolean | undefined): TriState {
  if (value === undefined) return 'any';
  return value ? 'yes' : 'no';
}

export function fromTriState(value: TriState): boolean | undefined {
  return value === 'any' ? undefined : value === 'yes';
}

export const ruleIdPattern = /^[a-z0-9-]{1,60}$/;

export type RuleProblem = 'id' | 'services';

/** What is wrong with a rule before it joins the list; `others` are the ids of the other rules. */
export function ruleProblems(rule: RoutingRule, others: readonly string[]): RuleProblem[] {
  const found: RuleProblem[] = [];
  if (!ruleIdPattern.test(rule.id) || others.includes(rule.id)) found.push('id');
  if (rule.services.length < 1) found.push('services');
  return found;
}

/** The `when` of a rule without the conditions left open (the server wants them absent). */
export function cleanWhen(when: RoutingRule['when']): RoutingRule['when'] {
  const out: RoutingRule['when'] = {};
  if (when.foreign !== undefined) out.foreign = when.foreign;
  if (when.child !== undefined) out.child = when.child;
  if (when.forms && when.forms.length > 0) out.forms = when.forms;
  const region = when.region?.trim();
  if (region) out.region = region;
  return out;
}

/** Replaces the rule at `index`, or appends it when index is null. */
export function upsertRule(rules: readonly RoutingRule[], rule: RoutingRule, index: number | null) {
  if (index === null) return [...rules, rule];
  return rules.map((r, i) => (i === index ? rule : r));
}

/** A whole number within [min, max], or null. */
export function parseDays(text: string, min = 1, max = 60): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}
