export {
  type EnglishSpelling,
  englishSpellings,
  spellEnglish,
  spellEnglishDeep,
} from './english-spelling.ts';
export {
  avoidedTerms,
  type GlossaryConcept,
  type GlossaryTerm,
  glossary,
  glossaryLabel,
} from './glossary.ts';
