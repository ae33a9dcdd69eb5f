import type { Locale } from '../../model.ts';

/**
 * One word per concept and language, everywhere: the narrative, the tables' labels, the web app
 * (through @opennrm/contracts/vocabulary) and the report files. docs/standards/narrative-style.md
 * explains the choices; `avoid` lists words an editor would strike (a test holds the statistics
 * labels and the web's strings to it).
 */
export interface GlossaryTerm {
  en: string;
  az: string;
  ru: string;
}

export const glossary = {
  traffickingInPersons: { en: 'trafficking in persons', az: 'insan alveri', ru: 'торговля людьми' },
  /** Attributive: "trafficking victim(s)"; Azerbaijani takes the numeral inside: "insan alverinin 3 qurbanı". */
  traffickingVictim: {
    en: 'trafficking victim',
    az: 'insan alverinin qurbanı',
    ru: 'жертва торговли людьми',
  },
  traffickingVictims: {
    en: 'trafficking victims',
    az: 'insan alverinin qurbanları',
    ru: 'жертвы торговли людьми',
  },
  presumedVictim: { en: 'presumed victim', az: 'ehtimal olunan qurban', ru: 'предполагаемая жертва' },
  identified: { en: 'identified', az: 'müəyyən edilmiş', ru: 'идентифицирован' },
  identification: { en: 'identification', az: 'müəyyən edilmə', ru: 'идентификация' },
  identificationDecision: {
    en: 'identification decision',
    az: 'müəyyən edilmə barədə qərar',
    ru: 'решение об идентификации',
  },
  identificationDecisions: {
    en: 'identification decisions',
    az: 'müəyyən edilmə barədə qərarlar',
    ru: 'решения об идентификации',
  },
  sexualExploitation: { en: 'sexual exploitation', az: 'cinsi istismar', ru: 'сексуальная эксплуатация' },
  labourExploitation: { en: 'labour exploitation', az: 'əmək istismarı', ru: 'трудовая эксплуатация' },
  forcedLabour: { en: 'forced labour', az: 'məcburi əmək', ru: 'принудительный труд' },
  /** Of a person. Azerbaijani "cinsi" would collide with "cinsi istismar". */
  sex: { en: 'sex', az: 'cinsiyyət', ru: 'пол' },
  /** The identity data shared with a recipient (not "şəxsiyyət", which also means personality). */
  identity: { en: 'identity', az: 'kimlik məlumatları', ru: 'сведения о личности' },
  stateBodies: { en: 'state bodies', az: 'dövlət orqanları', ru: 'государственные органы' },
  ngos: {
    en: 'non-governmental organisations',
    az: 'qeyri-hökumət təşkilatları',
    ru: 'неправительственные организации',
  },
  internalTrafficking: {
    en: 'internal trafficking',
    az: 'daxili insan alveri',
    ru: 'внутренняя торговля людьми',
  },
  transnationalTrafficking: {
    en: 'transnational trafficking',
    az: 'transmilli insan alveri',
    ru: 'транснациональная торговля людьми',
  },
  /** Every hidden figure, small or hidden to protect a small one (decision 0008). */
  notDisclosed: { en: 'not disclosed', az: 'sayı açıqlanmır', ru: 'данные не раскрываются' },
} as const satisfies Record<string, GlossaryTerm>;

export type GlossaryConcept = keyof typeof glossary;

/** The concept's word in a language, with the first letter upper-cased for a label. */
export function glossaryLabel(concept: GlossaryConcept, locale: Locale): string {
  const word: string = glossary[concept][locale];
  return word.charAt(0).toLocaleUpperCase(locale) + word.slice(1);
}

/**
 * Words that must not stand for a glossary concept: a pattern per language and the term to use.
 * "tanınma" for identification; "cins" / "cinsi məlum" / "cinsi seçin" for a person's sex
 * ("cinsi istismar", sexual exploitation, is right).
 */
export const avoidedTerms: readonly { locale: Locale; pattern: RegExp; use: GlossaryConcept }[] = [
  { locale: 'az', pattern: /tanınma/i, use: 'identification' },
  { locale: 'az', pattern: /(^|[\s«"(])cins(?![a-zəıöüğşç])|cins[iə] (məlum|seç|görə)/i, use: 'sex' },
  { locale: 'ru', pattern: /скрыт(ое|ого) числ/i, use: 'notDisclosed' },
];
