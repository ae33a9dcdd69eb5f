import { dimensionRoleTitles } from '../dimension-role-titles.ts';
import {
  type DimensionRole,
  type Indicator,
  type IndicatorList,
  type IndicatorStrength,
  indicatorStrengths,
  type LocalizedText,
} from '../indicator-list.ts';
import type { IndicatorProvenance, SourceReference } from '../provenance.ts';
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
  /** What the list's items rest on: a reproduction of the publication, or another of our lists. */
  basis: { status: 'unverified' } | { status: 'derived'; from: string; fromTable: IloEcTable };
  /** What is known and what is not, in every language (shown beside the list). */
  note: LocalizedText;
  /** Items flagged for review, by item key, with the reason: flagged in the data, never changed silently. */
  review?: Readonly<Record<string, LocalizedText>>;
}

/** The publication all four lists follow. Pages are not recorded: nobody has checked them yet. */
export const iloEc2009Source: SourceReference = {
  publication:
    'ILO and European Commission, Operational indicators of trafficking in human beings: results from a Delphi survey (ILO, March 2009, revised September 2009)',
  page: null,
};

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
    az: 'Cəlb etmə, istismar şəraiti və təyinat yerində məcburetmə və ya həssas vəziyyətdən sui-istifadə müsbət olduqda şəxs ehtimal olunan qurbandır.',
    ru: 'Лицо считается предполагаемой жертвой, если положительны вербовка, условия эксплуатации и принуждение или злоупотребление уязвимым положением в месте назначения.',
  },
  child: {
    en: 'For a child, coercion or abuse of vulnerability at destination is not required: a positive recruitment dimension and exploitative conditions suffice. Every recruitment indicator is a form of deception, coercion or abuse of vulnerability, so a child recruited without any of them can never be positive here, though the law counts them as a victim.',
    az: 'Uşaq üçün təyinat yerində məcburetmə və ya həssas vəziyyətdən sui-istifadə tələb olunmur: cəlb etmənin müsbət ölçüsü və istismar şəraiti kifayətdir. Cəlb etmənin hər göstəricisi aldatma, məcburetmə və ya həssas vəziyyətdən sui-istifadədir, ona görə də bunların heç biri olmadan cəlb edilmiş uşaq burada heç vaxt müsbət nəticə almır, halbuki qanun onu qurban sayır.',
    ru: 'Для ребёнка принуждение или злоупотребление уязвимым положением в месте назначения не требуются: достаточно положительного измерения вербовки и условий эксплуатации. Каждый индикатор вербовки — это обман, принуждение или злоупотребление уязвимым положением, поэтому ребёнок, завербованный без них, здесь никогда не получит положительного результата, хотя по закону он является жертвой.',
  },
};

function joinText(build: (locale: keyof LocalizedText) => string): LocalizedText {
  return { en: build('en'), az: build('az'), ru: build('ru') };
}

function strengthIn(table: IloEcTable, role: IloEcRole, concept: IloEcConcept): IndicatorStrength | null {
  return indicatorStrengths.find((strength) => table[role][strength]?.includes(concept)) ?? null;
}

function provenanceOf(spec: IloEcListSpec, role: IloEcRole, concept: IloEcConcept): IndicatorProvenance {
  const review = spec.review?.[`${role}.${concept}`];
  const flag = review ? { review } : {};
  if (spec.basis.status === 'unverified') return { status: 'unverified', ...flag };
  const there = strengthIn(spec.basis.fromTable, role, concept);
  return {
    status: 'derived',
    derivedFrom: `${spec.basis.from}: ${role}.${concept} (${there ?? 'not in that list'})`,
    ...flag,
  };
}

/**
 * Builds version 2 of a shipped ILO/EC list; dimension keys are the role names. Version 1 (in
 * databases from before) had no provenance and older az/ru wording; it stays for the screenings
 * that used it.
 */
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
          provenance: provenanceOf(spec, role, concept),
        });
      }
    }
  }
  const who = whom[spec.population];
  const what = purpose[spec.exploitation];
  return {
    key: `ilo-ec-2009-${spec.population}-${spec.exploitation}`,
    version: 2,
    // "Based on": none of the four is verified item by item, so none is titled as the publication's own.
    title: joinText((l) =>
      l === 'en'
        ? `Based on the ILO/EC operational indicators of trafficking (2009): ${who.en}, ${what.en}`
        : l === 'az'
          ? `BƏT/AK insan alverinin əməliyyat göstəricilərinə (2009) əsaslanır: ${who.az}, ${what.az}`
          : `На основе операционных индикаторов торговли людьми МОТ/ЕК (2009): ${who.ru}, ${what.ru}`,
    ),
    description: joinText((l) => `${commonDescription[l]} ${ruleDescription[spec.population][l]}`),
    population: spec.population,
    exploitation: spec.exploitation,
    rule: 'ilo_ec_2009',
    dimensions: roleOrder.map((role) => ({ key: role, role, title: dimensionRoleTitles[role] })),
    indicators,
    provenance: {
      source: iloEc2009Source,
      ...(spec.basis.status === 'derived' ? { derivedFrom: spec.basis.from } : {}),
      note: spec.note,
    },
  };
}
