import { dimensionRoleTitles } from '../dimension-role-titles.ts';
import {
  type DimensionRole,
  type Indicator,
  type IndicatorList,
  type IndicatorStrength,
  indicatorStrengths,
  type LocalizedText,
} from '../indicator-list.ts';
import { type IloEcConcept, iloEcPhrases } from './ilo-ec-2009-phrases.ts';

export type IloEcRole = Exclude<DimensionRole, 'none'>;
/** One dimension as the publication prints it: items grouped by strength. */
export type IloEcTiers = Partial<Record<IndicatorStrength, readonly IloEcConcept[]>>;
/** The whole list as the publication prints it, so each list file reads like its page. */
export type IloEcTable = Record<IloEcRole, IloEcTiers>;

export interface IloEcListSpec {
  population: 'adult' | 'child';
  exploitation: 'labour' | 'sexual';
  table: IloEcTable;
}

const roleOrder: readonly IloEcRole[] = [
  'deceptive_recruitment',
  'coercive_recruitment',
  'recruitment_abuse_of_vulnerability',
  'exploitative_conditions',
  'coercion_at_destination',
  'abuse_of_vulnerability_at_destination',
];

const whom: Record<IloEcListSpec['population'], LocalizedText> = {
  adult: { en: 'adults', az: 'böyüklər', ru: 'взрослые' },
  child: { en: 'children', az: 'uşaqlar', ru: 'дети' },
};
const purpose: Record<IloEcListSpec['exploitation'], LocalizedText> = {
  labour: { en: 'labour exploitation', az: 'əmək istismarı', ru: 'трудовая эксплуатация' },
  sexual: { en: 'sexual exploitation', az: 'cinsi istismar', ru: 'сексуальная эксплуатация' },
};

const commonDescription: LocalizedText = {
  en: 'ILO and European Commission indicators (Delphi survey, 2009) in six dimensions, each indicator strong, medium or weak. A dimension is positive with 2 strong; 1 strong and 1 medium or weak; 3 medium; or 2 medium and 1 weak.',
  az: 'BƏT və Avropa Komissiyasının göstəriciləri (Delfi sorğusu, 2009): altı ölçü, hər göstərici güclü, orta və ya zəifdir. Ölçü müsbətdir, əgər 2 güclü; 1 güclü və 1 orta və ya zəif; 3 orta; və ya 2 orta və 1 zəif göstərici varsa.',
  ru: 'Индикаторы МОТ и Европейской комиссии (опрос по методу Дельфи, 2009): шесть измерений, каждый индикатор сильный, средний или слабый. Измерение положительно при 2 сильных; 1 сильном и 1 среднем или слабом; 3 средних; или 2 средних и 1 слабом.',
};
const ruleDescription: Record<IloEcListSpec['population'], LocalizedText> = {
  adult: {
    en: 'Presumed victim when recruitment, exploitative conditions and coercion or abuse of vulnerability at destination are all positive.',
    az: 'İşə cəlb etmə, istismar şəraiti və təyinat yerində məcburetmə və ya həssas vəziyyətdən sui-istifadə müsbət olduqda şəxs ehtimal olunan qurbandır.',
    ru: 'Лицо считается предполагаемой жертвой, если положительны вербовка, условия эксплуатации и принуждение или использование уязвимого положения в месте назначения.',
  },
  child: {
    en: 'For a child the means are not required: positive recruitment and exploitative conditions suffice.',
    az: 'Uşaq üçün vasitələr tələb olunmur: işə cəlb etmə və istismar şəraitinin müsbət olması kifayətdir.',
    ru: 'Для ребёнка способы воздействия не требуются: достаточно положительных вербовки и условий эксплуатации.',
  },
};

function joinText(build: (locale: keyof LocalizedText) => string): LocalizedText {
  return { en: build('en'), az: build('az'), ru: build('ru') };
}

/** Builds version 1 of a shipped ILO/EC list; dimension keys are the role names. */
export function buildIloEc2009List(spec: IloEcListSpec): IndicatorList {
  const indicators: Indicator[] = [];
  for (const role of roleOrder) {
    for (const strength of indicatorStrengths) {
      for (const concept of spec.table[role][strength] ?? []) {
        indicators.push({
          key: `${role}.${concept}`,
          dimension: role,
          strength,
          label: iloEcPhrases[concept],
        });
      }
    }
  }
  const who = whom[spec.population];
  const what = purpose[spec.exploitation];
  return {
    key: `ilo-ec-2009-${spec.population}-${spec.exploitation}`,
    version: 1,
    title: joinText((l) =>
      l === 'en'
        ? `ILO/EC operational indicators of trafficking (2009): ${who.en}, ${what.en}`
        : l === 'az'
          ? `BƏT/AK insan alverinin əməliyyat göstəriciləri (2009): ${who.az}, ${what.az}`
          : `Операционные индикаторы торговли людьми МОТ/ЕК (2009): ${who.ru}, ${what.ru}`,
    ),
    description: joinText((l) => `${commonDescription[l]} ${ruleDescription[spec.population][l]}`),
    population: spec.population,
    exploitation: spec.exploitation,
    rule: 'ilo_ec_2009',
    dimensions: roleOrder.map((role) => ({ key: role, role, title: dimensionRoleTitles[role] })),
    indicators,
  };
}
