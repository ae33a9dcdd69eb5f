import { describe, expect, it } from 'vitest';
import { indicatorStatusOf, itemsUnderReview, listStatusOf } from './provenance.ts';
import {
  iloEc2009AdultLabour,
  iloEc2009AdultSexual,
  iloEc2009ChildLabour,
  iloEc2009ChildSexual,
  iloForcedLabour2012,
  shippedIndicatorLists,
} from './shipped-indicator-lists.ts';

const strengthOf = (key: string) => iloEc2009ChildLabour.indicators.find((i) => i.key === key)?.strength;
const claimsOwnTitle = { en: /^based on/i, az: /əsaslanır/, ru: /^на основе/i } as const;

describe('provenance of the shipped lists', () => {
  it.each(shippedIndicatorLists.map((l) => [l.key, l] as const))(
    '%s names its source on the list and every item',
    (_, list) => {
      expect(list.provenance?.source?.publication).toMatch(/ILO/);
      for (const item of list.indicators) expect(item.provenance?.status, item.key).toBeDefined();
    },
  );

  it('is never the publication’s own list unless every item is verified', () => {
    for (const list of shippedIndicatorLists) {
      const status = listStatusOf(list);
      const allVerified = list.indicators.every((i) => indicatorStatusOf(list, i.key) === 'verified');
      expect(status === 'verified', list.key).toBe(allVerified);
      if (status !== 'verified') {
        for (const locale of ['en', 'az', 'ru'] as const)
          expect(list.title[locale]).toMatch(claimsOwnTitle[locale]);
      }
    }
  });

  it('says how sure it is of each list', () => {
    expect(listStatusOf(iloForcedLabour2012)).toBe('verified');
    expect(iloForcedLabour2012.provenance?.verification?.document).toMatch(/Indicators of Forced Labour/);
    expect(listStatusOf(iloEc2009AdultLabour)).toBe('unverified');
    expect(listStatusOf(iloEc2009ChildLabour)).toBe('derived');
    expect(listStatusOf(iloEc2009AdultSexual)).toBe('derived');
    expect(listStatusOf(iloEc2009ChildSexual)).toBe('derived');
    expect(iloEc2009AdultSexual.provenance?.derivedFrom).toBe('ilo-ec-2009-adult-labour');
  });

  it('says what each derived item was derived from, naming a shipped list', () => {
    const keys = shippedIndicatorLists.map((l) => l.key);
    for (const list of shippedIndicatorLists) {
      for (const item of list.indicators.filter((i) => i.provenance?.status === 'derived')) {
        expect(keys, `${list.key} ${item.key}`).toContain(item.provenance?.derivedFrom?.split(':')[0]);
      }
    }
    const tasks = iloEc2009ChildLabour.indicators.find((i) => i.key === 'coercive_recruitment.abduction');
    expect(tasks?.provenance?.derivedFrom).toBe(
      'ilo-ec-2009-adult-labour: coercive_recruitment.abduction (medium)',
    );
  });

  it('flags the six child-labour and two adult-labour items for review, with reasons, unchanged', () => {
    expect(itemsUnderReview(iloEc2009ChildLabour).sort()).toEqual(
      [
        'deceptive_recruitment.education',
        'coercion_at_destination.forced_illicit_activity',
        'coercion_at_destination.forced_tasks_or_clients',
        'coercion_at_destination.under_strong_influence',
        'recruitment_abuse_of_vulnerability.false_information_law',
        'exploitative_conditions.no_social_protection',
      ].sort(),
    );
    expect(itemsUnderReview(iloEc2009AdultLabour).sort()).toEqual([
      'recruitment_abuse_of_vulnerability.difficulty_organising_travel',
      'recruitment_abuse_of_vulnerability.past_difficulties',
    ]);
    // Flagged, not changed: the strengths stay what they were until someone checks the publication.
    expect(strengthOf('deceptive_recruitment.education')).toBe('medium');
    expect(strengthOf('coercion_at_destination.forced_tasks_or_clients')).toBe('medium');
    expect(strengthOf('exploitative_conditions.no_social_protection')).toBe('medium');
    for (const list of shippedIndicatorLists) {
      for (const item of list.indicators) {
        const review = item.provenance?.review;
        if (review) for (const locale of ['en', 'az', 'ru'] as const) expect(review[locale]).toMatch(/\S{3}/);
      }
    }
  });
});
