import { describe, expect, it } from 'vitest';
import type { ReportTable } from '../report-model.ts';
import { draftNarrative } from './draft-narrative.ts';
import { fixturePeriod, fixturePreviousPeriod, makeTable } from './narrative-fixture.ts';

function russian(tables: ReportTable[]): string {
  const input = {
    locale: 'ru' as const,
    tables,
    period: fixturePeriod,
    previousPeriod: fixturePreviousPeriod,
    view: 'internal' as const,
    threshold: 5,
    source: { kind: 'national' as const },
  };
  return draftNarrative(input)
    .map((paragraph) => paragraph.text)
    .join(' ');
}

// n -> [жертва, participle, женщина, девочка, мальчик, направление, день]
const expected: Record<number, string[]> = {
  1: ['жертва', 'идентифицирована', 'женщина', 'девочка', 'мальчик', 'направление', 'день'],
  2: ['жертвы', 'идентифицированы', 'женщины', 'девочки', 'мальчика', 'направления', 'дня'],
  5: ['жертв', 'идентифицировано', 'женщин', 'девочек', 'мальчиков', 'направлений', 'дней'],
  11: ['жертв', 'идентифицировано', 'женщин', 'девочек', 'мальчиков', 'направлений', 'дней'],
  21: ['жертва', 'идентифицирована', 'женщина', 'девочка', 'мальчик', 'направление', 'день'],
  22: ['жертвы', 'идентифицированы', 'женщины', 'девочки', 'мальчика', 'направления', 'дня'],
  25: ['жертв', 'идентифицировано', 'женщин', 'девочек', 'мальчиков', 'направлений', 'дней'],
  111: ['жертв', 'идентифицировано', 'женщин', 'девочек', 'мальчиков', 'направлений', 'дней'],
};

describe('Russian noun forms after numerals', () => {
  it.each(Object.entries(expected))('%s', (n, [victim, participle, woman, girl, boy, referral, day]) => {
    const count = Number(n);
    const women = russian([makeTable('victims_identified.sex_age', { female: { adult: count } })]);
    expect(women).toContain(`органами власти ${participle} ${count} ${victim} — ${count} ${woman} (`);
    const girls = russian([makeTable('victims_identified.sex_age', { female: { child: count } })]);
    expect(girls).toContain(`— ${count} ${girl} (`);
    const boys = russian([makeTable('victims_identified.sex_age', { male: { child: count } })]);
    expect(boys).toContain(`— ${count} ${boy} (`);
    const referrals = russian([
      makeTable('referrals_sent.recipient_status', { police: { accepted: count } }),
      makeTable('referrals_sent.median_days', { '': count }),
    ]);
    expect(referrals).toContain(`отправлено ${count} ${referral} (`);
    expect(referrals).toContain(`отклонения — ${count} ${day}.`);
  });

  it('takes the genitive singular for a fractional median and the genitive plural after a hidden number', () => {
    const median = russian([makeTable('decisions_due.median_days', { '': 4.5 })]);
    expect(median).toContain('до первого решения — 4,5 дня.');
    const published = draftNarrative({
      locale: 'ru',
      tables: [
        makeTable(
          'victims_identified.sex_age',
          { female: { adult: 2 }, male: { adult: 30 } },
          {},
          { view: 'published' },
        ),
      ],
      period: fixturePeriod,
      previousPeriod: fixturePreviousPeriod,
      view: 'published',
      threshold: 5,
      source: { kind: 'national' },
    });
    expect(published[0]!.text).toContain('нераскрываемое число женщин');
    expect(published[0]!.text).not.toContain('менее');
  });
});
