import type { DimensionRole, LocalizedText } from './indicator-list.ts';

/**
 * Names of the ILO/EC dimensions in every language. The shipped lists take their dimension titles
 * from here, and describeReason falls back to them when it is not given the list, so a reason
 * stored with a screening can still be phrased. Azerbaijani says "cəlb etmə" (recruitment), not "işə
 * cəlb etmə" (recruitment into work): the same titles serve the sexual-exploitation lists.
 */
export const dimensionRoleTitles: Record<DimensionRole, LocalizedText> = {
  deceptive_recruitment: {
    en: 'Deceptive recruitment',
    az: 'Aldatma yolu ilə cəlb etmə',
    ru: 'Вербовка путём обмана',
  },
  coercive_recruitment: {
    en: 'Coercive recruitment',
    az: 'Məcburetmə yolu ilə cəlb etmə',
    ru: 'Вербовка путём принуждения',
  },
  recruitment_abuse_of_vulnerability: {
    en: 'Recruitment by abuse of vulnerability',
    az: 'Həssas vəziyyətdən sui-istifadə yolu ilə cəlb etmə',
    ru: 'Вербовка путём злоупотребления уязвимым положением',
  },
  exploitative_conditions: {
    en: 'Exploitative conditions',
    az: 'İstismar şəraiti',
    ru: 'Условия эксплуатации',
  },
  coercion_at_destination: {
    en: 'Coercion at destination',
    az: 'Təyinat yerində məcburetmə',
    ru: 'Принуждение в месте назначения',
  },
  abuse_of_vulnerability_at_destination: {
    en: 'Abuse of vulnerability at destination',
    az: 'Təyinat yerində həssas vəziyyətdən sui-istifadə',
    ru: 'Злоупотребление уязвимым положением в месте назначения',
  },
  none: {
    en: 'Indicators',
    az: 'Göstəricilər',
    ru: 'Индикаторы',
  },
};
