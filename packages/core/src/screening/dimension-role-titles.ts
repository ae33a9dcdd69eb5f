import type { DimensionRole, LocalizedText } from './indicator-list.ts';

/**
 * Names of the ILO/EC dimensions in every language. The shipped lists take their dimension titles
 * from here, and describeReason falls back to them when it is not given the list, so a reason
 * stored with a screening can still be phrased.
 */
export const dimensionRoleTitles: Record<DimensionRole, LocalizedText> = {
  deceptive_recruitment: {
    en: 'Deceptive recruitment',
    az: 'Aldatma yolu ilə işə cəlb etmə',
    ru: 'Вербовка путём обмана',
  },
  coercive_recruitment: {
    en: 'Coercive recruitment',
    az: 'Məcburetmə yolu ilə işə cəlb etmə',
    ru: 'Вербовка путём принуждения',
  },
  recruitment_abuse_of_vulnerability: {
    en: 'Recruitment by abuse of vulnerability',
    az: 'Həssas vəziyyətdən sui-istifadə yolu ilə işə cəlb etmə',
    ru: 'Вербовка с использованием уязвимого положения',
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
    ru: 'Использование уязвимого положения в месте назначения',
  },
  none: {
    en: 'Indicators',
    az: 'Göstəricilər',
    ru: 'Индикаторы',
  },
};
