import type { Locale } from '../model.ts';
import { dimensionRoleTitles } from './dimension-role-titles.ts';
import type { IndicatorList } from './indicator-list.ts';
import type { ReasonCode, StrengthCounts } from './reason-code.ts';

type Phrasing = {
  [Code in ReasonCode['code']]: (reason: Extract<ReasonCode, { code: Code }>, title: string) => string;
};

function listWords(parts: string[], and: string): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${and} ${parts.at(-1)}`;
}

function nonZero(
  counts: StrengthCounts,
  words: Record<keyof StrengthCounts, (n: number) => string>,
): string[] {
  return (['strong', 'medium', 'weak'] as const).filter((s) => counts[s] > 0).map((s) => words[s](counts[s]));
}

const total = (counts: StrengthCounts) => counts.strong + counts.medium + counts.weak;

function enCounts(counts: StrengthCounts): string {
  const parts = nonZero(counts, {
    strong: (n) => `${n} strong`,
    medium: (n) => `${n} medium`,
    weak: (n) => `${n} weak`,
  });
  if (parts.length === 0) return 'no indicator present';
  return `${listWords(parts, 'and')} indicator${total(counts) === 1 ? '' : 's'}`;
}

function azCounts(counts: StrengthCounts): string {
  const parts = nonZero(counts, {
    strong: (n) => `${n} güclü`,
    medium: (n) => `${n} orta`,
    weak: (n) => `${n} zəif`,
  });
  // Azerbaijani keeps the noun singular after a number.
  return parts.length === 0 ? 'heç bir göstərici yoxdur' : `${listWords(parts, 'və')} göstərici`;
}

/** Russian agrees adjective and noun with the number: 1 сильный индикатор, 2 сильных индикатора. */
function ruForm(n: number, one: string, few: string, many: string): string {
  const tens = n % 100;
  const units = n % 10;
  if (units === 1 && tens !== 11) return one;
  if (units >= 2 && units <= 4 && (tens < 12 || tens > 14)) return few;
  return many;
}

function ruCounts(counts: StrengthCounts): string {
  const adjective = (one: string, other: string) => (n: number) => `${n} ${ruForm(n, one, other, other)}`;
  const parts = nonZero(counts, {
    strong: adjective('сильный', 'сильных'),
    medium: adjective('средний', 'средних'),
    weak: adjective('слабый', 'слабых'),
  });
  if (parts.length === 0) return 'индикаторов нет';
  const last = counts.weak > 0 ? counts.weak : counts.medium > 0 ? counts.medium : counts.strong;
  return `${listWords(parts, 'и')} ${ruForm(last, 'индикатор', 'индикатора', 'индикаторов')}`;
}

const phrasing: Record<Locale, Phrasing> = {
  en: {
    dimension_positive: (r, title) => `“${title}” is positive: ${enCounts(r.counts)}.`,
    dimension_not_positive: (r, title) => `“${title}” is not positive: ${enCounts(r.counts)}.`,
    dimension_not_scored: (r, title) =>
      `${title}: ${r.present} indicator${r.present === 1 ? '' : 's'} present.`,
    adult_rule_met: () =>
      'Recruitment, exploitation and coercion or abuse of vulnerability at destination are positive: presumed victim of trafficking.',
    child_rule_met: () => 'Recruitment and exploitation are positive: presumed child victim of trafficking.',
    recruitment_missing: () =>
      'No recruitment dimension is positive (deceptive, coercive or by abuse of vulnerability).',
    exploitation_missing: () => 'Exploitative conditions are not positive.',
    destination_missing: () => 'Neither coercion nor abuse of vulnerability at destination is positive.',
    child_means_not_required: () =>
      'For a child, coercion or abuse of vulnerability at destination is not required: a positive recruitment dimension and exploitative conditions suffice.',
    child_recruitment_needs_means: () =>
      'For a child this list is positive only if a recruitment dimension is, and every recruitment indicator is a form of deception, coercion or abuse of vulnerability. A child recruited for exploitation without any of them is a victim in law (Palermo Protocol, art. 3(c)) but can never be positive here: decide on the facts and give your reason.',
    presence_only: (r) =>
      `This list shows which indicators are present (${r.present}); it does not decide on its own.`,
    unanswered_indicators: (r) =>
      `${r.count} indicator${r.count === 1 ? ' is' : 's are'} not answered; the result may change.`,
  },
  az: {
    dimension_positive: (r, title) => `«${title}» ölçüsü müsbətdir: ${azCounts(r.counts)}.`,
    dimension_not_positive: (r, title) => `«${title}» ölçüsü müsbət deyil: ${azCounts(r.counts)}.`,
    dimension_not_scored: (r, title) => `«${title}»: ${r.present} göstərici mövcuddur.`,
    adult_rule_met: () =>
      'Cəlb etmə, istismar və təyinat yerində məcburetmə və ya həssas vəziyyətdən sui-istifadə müsbətdir: ehtimal olunan insan alveri qurbanı.',
    child_rule_met: () => 'Cəlb etmə və istismar müsbətdir: ehtimal olunan insan alveri qurbanı olan uşaq.',
    recruitment_missing: () =>
      'Cəlb etmənin heç bir ölçüsü müsbət deyil (aldatma, məcburetmə və ya həssas vəziyyətdən sui-istifadə).',
    exploitation_missing: () => 'İstismar şəraiti ölçüsü müsbət deyil.',
    destination_missing: () =>
      'Təyinat yerində nə məcburetmə, nə də həssas vəziyyətdən sui-istifadə ölçüsü müsbət deyil.',
    child_means_not_required: () =>
      'Uşaq üçün təyinat yerində məcburetmə və ya həssas vəziyyətdən sui-istifadə tələb olunmur: cəlb etmənin müsbət ölçüsü və istismar şəraiti kifayətdir.',
    child_recruitment_needs_means: () =>
      'Uşaq üçün bu siyahı yalnız cəlb etmə ölçülərindən biri müsbət olduqda müsbətdir, cəlb etmənin hər göstəricisi isə aldatma, məcburetmə və ya həssas vəziyyətdən sui-istifadədir. Bunların heç biri olmadan istismar məqsədilə cəlb edilmiş uşaq qanuna görə qurbandır (Palermo Protokolu, 3(c) maddəsi), lakin burada heç vaxt müsbət nəticə almır: faktlara əsasən qərar verin və səbəbini yazın.',
    presence_only: (r) =>
      `Bu siyahı hansı göstəricilərin mövcud olduğunu göstərir (${r.present}); özü qərar vermir.`,
    unanswered_indicators: (r) => `${r.count} göstəriciyə cavab verilməyib; nəticə dəyişə bilər.`,
  },
  ru: {
    dimension_positive: (r, title) => `Измерение «${title}» положительно: ${ruCounts(r.counts)}.`,
    dimension_not_positive: (r, title) => `Измерение «${title}» не положительно: ${ruCounts(r.counts)}.`,
    dimension_not_scored: (r, title) => `Присутствующих индикаторов в измерении «${title}»: ${r.present}.`,
    adult_rule_met: () =>
      'Вербовка, эксплуатация и принуждение или злоупотребление уязвимым положением в месте назначения положительны: предполагаемая жертва торговли людьми.',
    child_rule_met: () =>
      'Вербовка и эксплуатация положительны: ребёнок — предполагаемая жертва торговли людьми.',
    recruitment_missing: () =>
      'Ни одно измерение вербовки не положительно (обман, принуждение или злоупотребление уязвимым положением).',
    exploitation_missing: () => 'Измерение «Условия эксплуатации» не положительно.',
    destination_missing: () =>
      'Ни принуждение, ни злоупотребление уязвимым положением в месте назначения не положительны.',
    child_means_not_required: () =>
      'Для ребёнка принуждение или злоупотребление уязвимым положением в месте назначения не требуются: достаточно положительного измерения вербовки и условий эксплуатации.',
    child_recruitment_needs_means: () =>
      'Для ребёнка этот список положителен, только если положительно одно из измерений вербовки, а каждый индикатор вербовки — это обман, принуждение или злоупотребление уязвимым положением. Ребёнок, завербованный для эксплуатации без них, по закону является жертвой (Палермский протокол, ст. 3(c)), но здесь результат никогда не будет положительным: решите по фактам и укажите причину.',
    presence_only: (r) =>
      `Этот список показывает, какие индикаторы присутствуют (отмечено: ${r.present}); сам он решения не принимает.`,
    unanswered_indicators: (r) => `Индикаторов без ответа: ${r.count}; результат может измениться.`,
  },
};

/**
 * A plain sentence for a reason in the screener's language. Given the list, a dimension is
 * called by the list's own title (a country may rename it); without it, by its role's title.
 */
export function describeReason(reason: ReasonCode, locale: Locale, list?: IndicatorList): string {
  let title = '';
  if ('dimension' in reason) {
    const own = list?.dimensions.find((dimension) => dimension.key === reason.dimension);
    title =
      own?.title[locale] ??
      (reason.role === 'none' ? reason.dimension : dimensionRoleTitles[reason.role][locale]);
  }
  const phrase = phrasing[locale][reason.code] as (reason: ReasonCode, title: string) => string;
  return phrase(reason, title);
}
