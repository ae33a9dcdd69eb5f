import { describe, expect, it } from 'vitest';
import { type AgeFacts, ageGroupAt, eighteenthBirthday } from './age-group-at.ts';

const person = (more: Partial<AgeFacts>): AgeFacts => ({
  birthYear: null,
  childAtIdentification: null,
  identifiedOn: null,
  ...more,
});

describe('ageGroupAt (child or adult on the day of the event counted)', () => {
  it('born 1998, counted in 2014: a child, whenever the record was created', () => {
    expect(ageGroupAt(person({ birthYear: 1998 }), '2014-06-01', 'identification')).toBe('child');
    expect(ageGroupAt(person({ birthYear: 1998 }), '2015-12-31', 'other')).toBe('child');
  });

  it('from the birth year: unknown in the year of the 18th birthday until its last day', () => {
    const born1996 = person({ birthYear: 1996 });
    expect(ageGroupAt(born1996, '2014-01-01', 'other')).toBe('unknown');
    expect(ageGroupAt(born1996, '2014-12-30', 'other')).toBe('unknown');
    expect(ageGroupAt(born1996, '2014-12-31', 'other')).toBe('adult');
    expect(ageGroupAt(born1996, '2015-01-01', 'other')).toBe('adult');
    expect(ageGroupAt(born1996, '2013-12-31', 'other')).toBe('child');
  });

  it('from the birth date: an adult from the 18th birthday', () => {
    const p = person({ birthYear: 1996, birthDate: '1996-07-15' });
    expect(ageGroupAt(p, '2014-07-14', 'other')).toBe('child');
    expect(ageGroupAt(p, '2014-07-15', 'other')).toBe('adult');
  });

  it('born on 29 February: 18 on 1 March (the 18th year is never a leap year)', () => {
    expect(eighteenthBirthday('2000-02-29')).toBe('2018-03-01');
    expect(eighteenthBirthday('1996-02-29')).toBe('2014-03-01');
    const p = person({ birthYear: 2000, birthDate: '2000-02-29' });
    expect(ageGroupAt(p, '2018-02-28', 'other')).toBe('child');
    expect(ageGroupAt(p, '2018-03-01', 'other')).toBe('adult');
  });

  it('the recorded "child at identification" answer decides the identification', () => {
    const flagged = person({ birthYear: 1990, childAtIdentification: true, identifiedOn: '2014-05-01' });
    expect(ageGroupAt(flagged, '2014-05-01', 'identification')).toBe('child');
    // Other events go by the birth data first.
    expect(ageGroupAt(flagged, '2014-03-01', 'other')).toBe('adult');
  });

  it('without birth data, the answer holds before (child) or after (adult) the identification only', () => {
    const child = person({ childAtIdentification: true, identifiedOn: '2014-05-01' });
    expect(ageGroupAt(child, '2014-04-01', 'other')).toBe('child');
    expect(ageGroupAt(child, '2014-06-01', 'other')).toBe('unknown');
    const adult = person({ childAtIdentification: false, identifiedOn: '2014-05-01' });
    expect(ageGroupAt(adult, '2014-06-01', 'other')).toBe('adult');
    expect(ageGroupAt(adult, '2014-04-01', 'other')).toBe('unknown');
    expect(ageGroupAt(person({ childAtIdentification: true }), '2014-04-01', 'other')).toBe('unknown');
    expect(ageGroupAt(person({}), '2014-04-01', 'identification')).toBe('unknown');
  });
});
