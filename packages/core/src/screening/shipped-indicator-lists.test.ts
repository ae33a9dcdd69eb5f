import { describe, expect, it } from 'vitest';
import { locales } from '../model.ts';
import type { IndicatorList, LocalizedText } from './indicator-list.ts';
import { scoreScreening } from './score-screening.ts';
import {
  findShippedIndicatorList,
  iloEc2009AdultLabour,
  iloEc2009AdultSexual,
  iloEc2009ChildLabour,
  iloEc2009ChildSexual,
  iloForcedLabour2012,
  shippedIndicatorLists,
} from './shipped-indicator-lists.ts';
import { validateIndicatorList } from './validate-indicator-list.ts';

function texts(list: IndicatorList): [string, LocalizedText][] {
  return [
    ['title', list.title],
    ['description', list.description],
    ...list.dimensions.map((d): [string, LocalizedText] => [d.key, d.title]),
    ...list.indicators.flatMap((i): [string, LocalizedText][] => [
      [i.key, i.label],
      ...(i.help ? [[`${i.key} help`, i.help] as [string, LocalizedText]] : []),
    ]),
  ];
}

const strengthOf = (list: IndicatorList, key: string) => list.indicators.find((i) => i.key === key)?.strength;

describe.each(shippedIndicatorLists.map((list) => [list.key, list] as const))(
  'shipped list %s',
  (_, list) => {
    it('passes the validation an administrator’s own list must pass, unchanged', () => {
      expect(validateIndicatorList(structuredClone(list))).toEqual(list);
      expect(list.version).toBe(2);
    });

    it('has every text in all three languages, translated rather than copied from English', () => {
      for (const [where, text] of texts(list)) {
        for (const locale of locales) expect(text[locale].trim(), `${where} ${locale}`).not.toBe('');
        expect(text.az, `${where} az`).not.toBe(text.en);
        expect(text.ru, `${where} ru`).not.toBe(text.en);
      }
    });

    it('is found by its key', () => {
      expect(findShippedIndicatorList(list.key)).toBe(list);
    });
  },
);

describe('shipped lists', () => {
  it('have distinct keys', () => {
    expect(new Set(shippedIndicatorLists.map((l) => l.key)).size).toBe(shippedIndicatorLists.length);
  });

  it('include the ILO 2012 forced-labour list: eleven unweighted indicators that decide nothing', () => {
    expect(iloForcedLabour2012.rule).toBe('presence_only');
    expect(iloForcedLabour2012.indicators).toHaveLength(11);
    expect(iloForcedLabour2012.indicators.every((i) => i.strength === null)).toBe(true);
  });

  it('carry the adult-labour list of docs/standards/indicators.md tier by tier', () => {
    const tally = (dimension: string) =>
      ['strong', 'medium', 'weak'].map(
        (s) =>
          iloEc2009AdultLabour.indicators.filter((i) => i.dimension === dimension && i.strength === s).length,
      );
    expect(tally('deceptive_recruitment')).toEqual([1, 8, 1]);
    expect(tally('coercive_recruitment')).toEqual([1, 9, 0]);
    expect(tally('recruitment_abuse_of_vulnerability')).toEqual([0, 14, 2]);
    expect(tally('exploitative_conditions')).toEqual([1, 7, 1]);
    expect(tally('coercion_at_destination')).toEqual([4, 10, 1]);
    expect(tally('abuse_of_vulnerability_at_destination')).toEqual([0, 5, 2]);
  });

  it('give children strong threats of violence, debt bondage and abduction, and no weak tier for labour', () => {
    for (const list of [iloEc2009ChildLabour, iloEc2009ChildSexual]) {
      expect(list.population).toBe('child');
      for (const item of ['threat_of_violence', 'debt_bondage', 'abduction']) {
        expect(strengthOf(list, `coercive_recruitment.${item}`), `${list.key} ${item}`).toBe('strong');
        expect(strengthOf(iloEc2009AdultLabour, `coercive_recruitment.${item}`)).toBe('medium');
      }
      expect(strengthOf(list, 'coercion_at_destination.threat_of_violence')).toBe('strong');
    }
    expect(iloEc2009ChildLabour.indicators.some((i) => i.strength === 'weak')).toBe(false);
  });

  it('cover the same items in every ILO/EC list, only graded differently', () => {
    const items = (list: IndicatorList) => list.indicators.map((i) => i.key).sort();
    for (const list of [iloEc2009AdultSexual, iloEc2009ChildLabour, iloEc2009ChildSexual]) {
      expect(items(list)).toEqual(items(iloEc2009AdultLabour));
    }
  });

  it('score a screening with every indicator present as a presumed victim', () => {
    for (const list of shippedIndicatorLists.filter((l) => l.rule === 'ilo_ec_2009')) {
      const answers = list.indicators.map((i) => ({ indicator: i.key, answer: 'yes' as const }));
      const population = list.population === 'child' ? 'child' : 'adult';
      expect(scoreScreening(list, answers, population).recommendation).toBe('presumed_victim');
    }
  });
});
