import type { IndicatorList } from '../indicator-list.ts';
import type { SourceReference } from '../provenance.ts';

const source: SourceReference = {
  publication:
    'ILO Indicators of Forced Labour (ILO Special Action Programme to Combat Forced Labour, Geneva, 2012)',
  page: null,
};

/**
 * ILO indicators of forced labour (2012): eleven indicators without weights. The tool shows
 * which are present and decides nothing (docs/standards/indicators.md: one indicator can be enough in
 * some cases, usually several together point to forced labour). The English titles and their order
 * were checked against the ILO booklet (so the list is verified); the Azerbaijani and Russian are
 * ours. Version 2: "Şəxsiyyət sənədlərinin saxlanılması" read as "keeping ID documents", and
 * "Унизительные" narrowed "abusive".
 */
export const iloForcedLabour2012: IndicatorList = {
  key: 'ilo-forced-labour-2012',
  version: 2,
  title: {
    en: 'ILO indicators of forced labour (2012)',
    az: 'BƏT-in məcburi əmək göstəriciləri (2012)',
    ru: 'Индикаторы принудительного труда МОТ (2012)',
  },
  description: {
    en: 'Eleven indicators without weights. The list shows which are present; one may be enough in some cases, usually several together point to forced labour. It does not decide on its own.',
    az: 'Çəkisi olmayan on bir göstərici. Siyahı hansıların mövcud olduğunu göstərir; bəzi hallarda biri kifayət edə bilər, adətən bir neçəsi birlikdə məcburi əməyə işarə edir. Siyahı özü qərar vermir.',
    ru: 'Одиннадцать индикаторов без весов. Список показывает, какие из них присутствуют; в некоторых случаях достаточно одного, обычно на принудительный труд указывают несколько вместе. Сам список решения не принимает.',
  },
  population: 'any',
  exploitation: 'labour',
  rule: 'presence_only',
  dimensions: [
    {
      key: 'forced_labour',
      role: 'none',
      title: { en: 'Forced labour', az: 'Məcburi əmək', ru: 'Принудительный труд' },
    },
  ],
  indicators: (
    [
      [
        'abuse_of_vulnerability',
        'Abuse of vulnerability',
        'Həssas vəziyyətdən sui-istifadə',
        'Злоупотребление уязвимым положением',
      ],
      ['deception', 'Deception', 'Aldatma', 'Обман'],
      [
        'restriction_of_movement',
        'Restriction of movement',
        'Hərəkət azadlığının məhdudlaşdırılması',
        'Ограничение свободы передвижения',
      ],
      ['isolation', 'Isolation', 'Təcrid', 'Изоляция'],
      [
        'physical_and_sexual_violence',
        'Physical and sexual violence',
        'Fiziki və cinsi zorakılıq',
        'Физическое и сексуальное насилие',
      ],
      ['intimidation_and_threats', 'Intimidation and threats', 'Qorxutma və hədələr', 'Запугивание и угрозы'],
      [
        'retention_of_identity_documents',
        'Retention of identity documents',
        'Şəxsiyyət sənədlərinin əlindən alınıb saxlanılması',
        'Удержание документов, удостоверяющих личность',
      ],
      [
        'withholding_of_wages',
        'Withholding of wages',
        'Əmək haqqının tutulub saxlanılması',
        'Удержание заработной платы',
      ],
      ['debt_bondage', 'Debt bondage', 'Borc əsarəti', 'Долговая кабала'],
      [
        'abusive_working_and_living_conditions',
        'Abusive working and living conditions',
        'Ağır və alçaldıcı iş və yaşayış şəraiti',
        'Тяжёлые и унизительные условия труда и проживания',
      ],
      [
        'excessive_overtime',
        'Excessive overtime',
        'Həddindən artıq iş vaxtı',
        'Чрезмерная сверхурочная работа',
      ],
    ] as const
  ).map(([key, en, az, ru]) => ({
    key,
    dimension: 'forced_labour',
    strength: null,
    label: { en, az, ru },
    provenance: { status: 'verified' as const },
  })),
  provenance: {
    source,
    note: {
      en: 'All eleven English titles match the ILO booklet, in its order. The Azerbaijani and Russian titles are OpenNRM’s translations, not the ILO’s.',
      az: 'On bir ingiliscə adın hamısı BƏT kitabçası ilə, onun sırası ilə üst-üstə düşür. Azərbaycanca və rusca adlar BƏT-in deyil, OpenNRM-in tərcümələridir.',
      ru: 'Все одиннадцать английских названий совпадают с брошюрой МОТ, в её порядке. Азербайджанские и русские названия — переводы OpenNRM, а не МОТ.',
    },
    verification: {
      by: null,
      byName: 'OpenNRM maintainers',
      at: '2026-12-02T00:00:00.000Z',
      document: source.publication,
      page: null,
      note: 'English titles and their order; translations not official.',
    },
  },
};
