import { describe, expect, it } from 'vitest';
import { type SourceKind, tablesFor } from '../catalogue.ts';
import { dimensionValues } from '../dimensions.ts';
import type { Period, ReportSource, ReportView } from '../report-model.ts';
import { draftNarrative, type NarrativeInput } from './draft-narrative.ts';
import { type FixtureCounts, fixturePeriod, fixturePreviousPeriod, makeTable } from './narrative-fixture.ts';
import { narrativeProblems } from './narrative-invariants.ts';

const locales = ['en', 'az', 'ru'] as const;

function input(tables: NarrativeInput['tables'], overrides: Partial<NarrativeInput> = {}): NarrativeInput {
  return {
    locale: 'en',
    tables,
    period: fixturePeriod,
    previousPeriod: fixturePreviousPeriod,
    view: 'internal',
    threshold: 5,
    source: { kind: 'national' },
    ...overrides,
  };
}

/** The example: 54 = 50 women, one girl, three men; 56 the year before. */
const example = makeTable(
  'victims_identified.sex_age',
  { female: { adult: 50, child: 1 }, male: { adult: 3 } },
  { female: { adult: 40 }, male: { adult: 16 } },
);

describe('draftNarrative', () => {
  it('words the identification figures as the TIP report does: the crime named, the comparison once', () => {
    const [en] = draftNarrative(input([example]));
    expect(en!.text).toBe(
      'In 2014, 54 trafficking victims were identified (50 women, one girl and three men), down from 56 in 2013.',
    );
    expect(en!.figures.map((f) => [f.row, f.column, f.period, f.value, f.text])).toEqual([
      [null, null, 'current', 54, '54'],
      ['female', 'adult', 'current', 50, '50'],
      ['female', 'child', 'current', 1, 'one'],
      ['male', 'adult', 'current', 3, 'three'],
      [null, null, 'previous', 56, '56'],
    ]);
    const [ru] = draftNarrative(input([example], { locale: 'ru' }));
    expect(ru!.text).toBe(
      'В 2014 году в стране идентифицированы 54 жертвы торговли людьми (50 женщин, 1 девочка и 3 мужчины), против 56 в 2013 году.',
    );
    const [az] = draftNarrative(input([example], { locale: 'az' }));
    expect(az!.text).toBe(
      '2014-cü ildə ölkədə insan alverinin 54 qurbanı müəyyən edilmişdir (50 qadın, 1 qız və 3 kişi), bu da 2013-cü ildəki 56 qurban ilə müqayisədə azdır.',
    );
  });

  it('writes digits with thousands separators from 10 and never a group that is zero', () => {
    const table = makeTable('victims_identified.sex_age', {
      female: { adult: 1234, child: 0 },
      male: { child: 10 },
    });
    expect(draftNarrative(input([table]))[0]!.text).toContain(
      '1,244 trafficking victims were identified (1,234 women and 10 boys)',
    );
    expect(draftNarrative(input([table], { locale: 'az' }))[0]!.text).toContain(
      'insan alverinin 1.244 qurbanı',
    );
    expect(draftNarrative(input([table], { locale: 'ru' }))[0]!.text).toContain(
      '1\u00a0244 жертвы торговли людьми',
    );
  });

  it('words every hidden figure alike, never its number nor that it is small', () => {
    const options = { view: 'published' as const, threshold: 10 };
    const table = makeTable('victims_identified.sex_age', { female: { adult: 50, child: 3 } }, {}, options);
    const texts = locales.map((locale) => draftNarrative(input([table], { locale, ...options }))[0]!.text);
    // The 50 women are hidden too (else 53 - 50 gives the girls away): both read the same.
    expect(texts[0]).toContain('an undisclosed number of women and an undisclosed number of girls');
    expect(texts[1]).toContain('qadınlar — sayı açıqlanmır, qızlar — sayı açıqlanmır');
    expect(texts[2]).toContain('женщины — данные не раскрываются, девочки — данные не раскрываются');
    for (const text of texts) {
      expect(text).not.toMatch(/\b3\b|three|\b50\b|fewer than|менее|az qız|-dən az/);
    }
  });

  it('keeps the grammar around a hidden figure: a verb in English, a dash in Russian and Azerbaijani', () => {
    const options = { view: 'published' as const, threshold: 5 };
    const tables = [
      makeTable(
        'victims_identified.sex_age',
        { female: { adult: 40 }, male: { adult: 10 }, other: { adult: 2 } },
        {},
        options,
      ),
      makeTable(
        'victims_identified.nationality_sex',
        { domestic: { female: 40, male: 10 }, foreign: { other: 2 } },
        {},
        options,
      ),
    ];
    const [en, az, ru] = locales.map((locale) =>
      draftNarrative(input(tables, { locale, ...options }))
        .map((p) => p.text)
        .join(' '),
    );
    expect(en).toContain('an undisclosed number were foreign nationals');
    expect(en).not.toMatch(/undisclosed number (foreign|citizens)/);
    expect(az).toContain('xarici vətəndaşlar — sayı açıqlanmır');
    expect(az).not.toMatch(/açıqlanmayan sayda (nəfər|şəxs)/);
    expect(ru).toContain('иностранные граждане — данные не раскрываются');
  });

  it('leaves out paragraphs whose tables the report does not have', () => {
    const referrals = makeTable('referrals_sent.recipient_status', { police: { accepted: 4 } });
    expect(draftNarrative(input([referrals])).map((p) => p.text)).toEqual([
      'In 2014, four referrals were sent, up from none in 2013. Of these, four were accepted.',
    ]);
    expect(draftNarrative(input([]))).toEqual([]);
  });

  it('says what a CTDC dataset records, not what the authorities identified', () => {
    const source: ReportSource = { kind: 'ctdc', datasetId: 'd1', name: 'CTDC 2019' };
    const paragraphs = draftNarrative(input([example], { source }));
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0]!.text).toMatch(
      /^In 2014, 54 trafficking victims were registered in the dataset \(50 women/,
    );
    expect(draftNarrative(input([example], { source, locale: 'ru' }))[0]!.text).toMatch(
      /^В 2014 году в наборе данных учтены 54 жертвы торговли людьми/,
    );
    expect(draftNarrative(input([example], { source, locale: 'az' }))[0]!.text).toMatch(
      /^2014-cü ildə verilənlər toplusunda insan alverinin 54 qurbanı qeydə alınmışdır/,
    );
  });
});

/**
 * What issue 19 found an editor would strike: none of it may come back, whatever the figures.
 * (Azerbaijani colloquial past "-ib" is matched as a word ending after a consonant-free stem.)
 */
const struck: Record<(typeof locales)[number], RegExp[]> = {
  en: [
    /the authorities/,
    /This is (more|fewer|the same)/,
    /undisclosed number (foreign|citizens|of foreign|of citizens)/,
    /fewer than/,
    /\d{4}-\d{2}-\d{2}/,
    /in the period \d/,
    /are still|still have|still awaits|still has/,
    /\b(due for one person: one|one were|one have)\b/,
  ],
  ru: [
    /органами власти/,
    /Это (больше|меньше|столько)/,
    /скрыт/,
    /не раскрыта —/,
    /за период/,
    /\d{4}-\d{2}-\d{2}/,
    /менее/,
  ],
  az: [
    /səlahiyyətli orqanlar/,
    /tanınma/,
    /cinsi məlum/,
    /açıqlanmayan sayda nəfər/,
    /şəxsin şəxsiyyəti/i,
    /\d{4}-\d{2}-\d{2}/,
    /[a-zəıöüğşç](ib|ıb|ub|üb)\b/,
    /-dən az|-dan az/,
    /^Bu, /m,
  ],
};

/** A small deterministic generator, so a failing case can be rerun. */
function randomOf(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const countPool = [0, 0, 0, 0, 1, 1, 2, 2, 3, 4, 5, 9, 10, 11, 21, 22, 25, 111, 1234];
const medianPool = [null, 'suppressed', 0, 0.5, 1, 2, 4.5, 9, 12, 30.5] as const;
const rangePeriods: [Period, Period] = [
  { from: '2014-01-01', to: '2014-07-01', label: '2014-01-01 – 2014-06-30 (inclusive)' },
  { from: '2013-07-01', to: '2014-01-01', label: '2013-07-01 – 2013-12-31 (inclusive)' },
];

function randomInput(seed: number, source: SourceKind, view: ReportView): NarrativeInput {
  const random = randomOf(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const threshold = pick([3, 5, 10]);
  const counts = (rows: readonly string[], columns: readonly string[]): FixtureCounts =>
    Object.fromEntries(
      rows.map((row) => [
        row,
        Object.fromEntries(columns.map((column) => [column, random() < 0.35 ? 0 : pick(countPool)])),
      ]),
    );
  const tables = tablesFor(source)
    .filter(() => random() > 0.15)
    .map((definition) => {
      const rows = dimensionValues[definition.rows];
      if (definition.measure.kind === 'median_days') {
        const medians = () =>
          Object.fromEntries(['', ...rows].map((row) => [row, pick(medianPool)])) as FixtureCounts;
        return makeTable(definition.key, medians(), medians(), { view, threshold });
      }
      const columns = definition.columns ? dimensionValues[definition.columns] : [];
      return makeTable(definition.key, counts(rows, columns), counts(rows, columns), { view, threshold });
    });
  const [period, previousPeriod] = random() < 0.3 ? rangePeriods : [fixturePeriod, fixturePreviousPeriod];
  const reportSource: ReportSource =
    source === 'national' ? { kind: 'national' } : { kind: 'ctdc', datasetId: 'd', name: 'Dataset' };
  const scope = pick([
    { kind: 'national' },
    { kind: 'region', region: 'Ganja' },
    { kind: 'organisation', organisationId: 'o', name: 'Clean Start' },
  ] as const);
  const spelling = pick(['british', 'american'] as const);
  return {
    locale: 'en',
    tables,
    period,
    previousPeriod,
    view,
    threshold,
    source: reportSource,
    scope,
    spelling,
  };
}

describe('draftNarrative on generated tables', () => {
  const cases = Array.from({ length: 60 }, (_, seed) => ({
    seed,
    source: (seed % 4 === 3 ? 'ctdc' : 'national') as SourceKind,
    view: (seed % 2 === 0 ? 'internal' : 'published') as ReportView,
  }));

  it.each(cases)(
    'seed $seed ($source, $view): every number in the text is its table cell, in order',
    ({ seed, source, view }) => {
      const base = randomInput(seed, source, view);
      const figuresByLocale = locales.map((locale) => {
        const paragraphs = draftNarrative({ ...base, locale });
        expect(narrativeProblems({ ...base, locale }, paragraphs)).toEqual([]);
        for (const { text } of paragraphs) {
          for (const pattern of struck[locale]) expect(text).not.toMatch(pattern);
        }
        return paragraphs.map((p) => p.figures.map(({ text: _text, ...figure }) => figure));
      });
      // The three languages quote the same cells in the same order: they cannot disagree.
      expect(figuresByLocale[1]).toEqual(figuresByLocale[0]);
      expect(figuresByLocale[2]).toEqual(figuresByLocale[0]);
    },
  );
});
