/**
 * One translation per concept across every shipped list: the English term on the left must be
 * rendered with these words (a case-insensitive part of the label) wherever it appears. Screeners
 * compare lists and reasons side by side; two Russian words for "abuse of vulnerability", or
 * "recruitment into work" in a sexual-exploitation list, make them look like different things.
 * shipped-list-wording.test.ts holds every list to it.
 */
export const screeningGlossary: readonly { en: string; az: string; ru: string }[] = [
  { en: 'abuse of', az: 'sui-istifadə', ru: 'злоупотреблен' },
  { en: 'recruitment', az: 'cəlb etmə', ru: 'вербовк' },
  { en: 'family situation', az: 'ailə şərait', ru: 'семейн' },
  { en: 'family situation', az: 'ailə şərait', ru: 'обстоятельств' },
  { en: 'deceived', az: 'aldadılıb', ru: 'обман' },
  { en: 'threat', az: 'hədə', ru: 'угроз' },
  { en: 'violence', az: 'zorakılıq', ru: 'насили' },
  { en: 'isolation', az: 'təcrid', ru: 'изоляц' },
  { en: 'withholding', az: 'tutulub saxlanılması', ru: 'удержан' },
  { en: 'retention', az: 'əlindən alınıb saxlanılması', ru: 'удержан' },
  { en: 'confiscation', az: 'əlindən alınması', ru: 'изъят' },
  { en: 'debt bondage', az: 'borc əsarəti', ru: 'долговая кабала' },
  { en: 'documents', az: 'sənəd', ru: 'документ' },
  { en: 'exploitative', az: 'istismar', ru: 'эксплуатац' },
  { en: 'at destination', az: 'təyinat yerində', ru: 'в месте назначения' },
];
