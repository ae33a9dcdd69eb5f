// The Russian wording of the three paragraphs, kept in one file so a translator sees it whole;
// which cells are quoted is decided once for all languages in narrative-plan.ts.
import type { Period } from '../report-model.ts';
import { dayAndMonth, periodDays } from './narrative-dates.ts';
import { formatDigits, type NarrativeContext, type NarrativeLanguage } from './narrative-language.ts';
import {
  capitalise,
  type FigurePiece,
  type FigureRef,
  figurePiece,
  joinPieces,
  type Piece,
} from './narrative-pieces.ts';
import { changeOf, type Item, soleItem } from './narrative-plan.ts';

/** A noun after a numeral: 1 (21, 101) женщина, 2-4 женщины, 5-20 женщин; fractions take `few`. */
export interface RussianForms {
  one: string;
  few: string;
  many: string;
}

const plurals = new Intl.PluralRules('ru');

/** The form for a figure; after a hidden one ("нераскрываемое число …") the genitive plural. */
export function russianForm(value: number | null, forms: RussianForms): string {
  if (value === null) return forms.many;
  const category = plurals.select(value);
  return category === 'one' ? forms.one : category === 'many' ? forms.many : forms.few;
}

/**
 * A figure inside a sentence. Every hidden figure reads alike (decision 0008); where a list can
 * hold one, say it as a dash list, whose hidden form is "— данные не раскрываются".
 */
export function num(ref: FigureRef, _ctx: NarrativeContext): FigurePiece {
  const { value } = ref.cell;
  if (value !== null) return figurePiece(ref, formatDigits('ru', value));
  return figurePiece(ref, 'нераскрываемое число');
}

/** A figure after a dash: "иностранные граждане — 12" / "— данные не раскрываются". */
export function dashFigure(ref: FigureRef, ctx: NarrativeContext, forms?: RussianForms): Piece[] {
  if (ref.cell.value === null) return [figurePiece(ref, 'данные не раскрываются')];
  return forms ? counted(ref, forms, ctx) : [num(ref, ctx)];
}

export function counted(ref: FigureRef, forms: RussianForms, ctx: NarrativeContext, after = ''): Piece[] {
  return [num(ref, ctx), ` ${russianForm(ref.cell.value, forms)}${after}`];
}

export const forms = (one: string, few: string, many: string): RussianForms => ({ one, few, many });
const victim = forms('жертва', 'жертвы', 'жертв');
const person = forms('человек', 'человека', 'человек');
const referral = forms('направление', 'направления', 'направлений');
const day = forms('день', 'дня', 'дней');
const face = forms('лицо', 'лица', 'лиц');
/** After "для": genitive, singular for 1, 21, 101, plural otherwise. */
const forFaces = forms('лица', 'лиц', 'лиц');

const groups: Record<string, [RussianForms, string, string]> = {
  women: [forms('женщина', 'женщины', 'женщин'), '', 'женщины'],
  girls: [forms('девочка', 'девочки', 'девочек'), '', 'девочки'],
  men: [forms('мужчина', 'мужчины', 'мужчин'), '', 'мужчины'],
  boys: [forms('мальчик', 'мальчика', 'мальчиков'), '', 'мальчики'],
  female_unknown_age: [
    forms('женщина или девочка', 'женщины или девочки', 'женщин или девочек'),
    ' неизвестного возраста',
    'женщины и девочки неизвестного возраста',
  ],
  male_unknown_age: [
    forms('мужчина или мальчик', 'мужчины или мальчика', 'мужчин или мальчиков'),
    ' неизвестного возраста',
    'мужчины и мальчики неизвестного возраста',
  ],
  other_sex: [face, ' с иной гендерной идентичностью', 'лица с иной гендерной идентичностью'],
  unknown_sex: [face, ' неизвестного пола', 'лица неизвестного пола'],
};

/** "в 2025 году", "в период с 1 января по 30 июня 2025 года", "… с 1 апреля 2014 года по 31 марта 2015 года". */
export function inPeriod(period: Period): string {
  const { first, last, calendarYear } = periodDays(period);
  if (calendarYear !== null) return `в ${calendarYear} году`;
  const from =
    first.year === last.year ? dayAndMonth(first, 'ru') : `${dayAndMonth(first, 'ru')} ${first.year} года`;
  return `в период с ${from} по ${dayAndMonth(last, 'ru')} ${last.year} года`;
}

/** "ни в 2025, ни в 2024 году" / "ни в период с …, ни в период с …". */
function inNeither(ctx: NarrativeContext): string {
  const now = periodDays(ctx.period).calendarYear;
  const before = periodDays(ctx.previousPeriod).calendarYear;
  if (now !== null && before !== null) return `ни в ${now}, ни в ${before} году`;
  return `ни ${inPeriod(ctx.period)}, ни ${inPeriod(ctx.previousPeriod)}`;
}

/** "label — figure, label — figure": no agreement to get wrong, as in Russian statistical prose. */
export function dashList<C extends string>(
  items: Item<C>[],
  labels: Record<C, string>,
  ctx: NarrativeContext,
): Piece[] {
  return joinPieces(
    items.map(({ code, figure }) => [`${labels[code]} — `, ...dashFigure(figure, ctx)]),
    ', ',
    ', ',
  );
}

export function sentence(before: string, listed: Piece[], after = '.'): Piece[] {
  return listed.length > 0 ? [before, ...listed, after] : [];
}

/** " (в 2024 году — 56)"; `zero` words a zero ("ни одной"). */
export function previousInBrackets(previous: FigureRef | null, zero: string, ctx: NarrativeContext): Piece[] {
  if (!previous) return [];
  const text = previous.cell.value === 0 ? [figurePiece(previous, zero)] : dashFigure(previous, ctx);
  return [` (${inPeriod(ctx.previousPeriod)} — `, ...text, ')'];
}

/**
 * The one comparison: ", против 300 в 2024 году", "; в 2024 году — ни одной", ", столько же,
 * сколько в 2024 году", "; в 2024 году — данные не раскрываются".
 */
export function comparison(
  current: FigureRef | null,
  previous: FigureRef | null,
  zero: string,
  ctx: NarrativeContext,
): Piece[] {
  if (!previous) return [];
  if (changeOf(current, previous) === 'same')
    return [`, столько же, сколько ${inPeriod(ctx.previousPeriod)}`];
  if (previous.cell.value === null || previous.cell.value === 0) {
    // "; в 2013 году — ни одной": brackets would follow the groups' brackets.
    const text = previous.cell.value === 0 ? [figurePiece(previous, zero)] : dashFigure(previous, ctx);
    return [`; ${inPeriod(ctx.previousPeriod)} — `, ...text];
  }
  return [', против ', num(previous, ctx), ` ${inPeriod(ctx.previousPeriod)}`];
}

/** Past passive participle agreeing with its subject: 1 жертва идентифицирована, 2 … идентифицированы. */
export function participle(ref: FigureRef, stem: string, neuter = false): string {
  const value = ref.cell.value;
  const category = value === null ? 'many' : plurals.select(value);
  return stem + (category === 'one' ? (neuter ? 'о' : 'а') : category === 'few' ? 'ы' : 'о');
}

/** Where the figures come from: "в стране", "в регионе «Гянджа»", "по данным организации «…»". */
export function whereFrom(ctx: NarrativeContext, national = true): string {
  const { scope } = ctx;
  if (scope.kind === 'region') return ` в регионе «${scope.region}»`;
  if (scope.kind === 'organisation') return ` по данным организации «${scope.name ?? '—'}»`;
  return national ? ' в стране' : '';
}

/** A list of groups: with agreement after numerals, or as a dash list when one is hidden. */
function groupList(items: Item[], ctx: NarrativeContext): Piece[] {
  if (items.some(({ figure }) => figure.cell.value === null)) {
    return joinPieces(
      items.map(({ code, figure }) => [`${groups[code]![2]} — `, ...dashFigure(figure, ctx)]),
      ', ',
      ', ',
    );
  }
  return joinPieces(
    items.map(({ code, figure }) => counted(figure, groups[code]![0], ctx, groups[code]![1])),
    ', ',
    ' и ',
  );
}

const soleGroup: Record<string, string> = {
  women: 'женщина',
  girls: 'девочка',
  men: 'мужчина',
  boys: 'мальчик',
  female_unknown_age: 'женщина или девочка неизвестного возраста',
  male_unknown_age: 'мужчина или мальчик неизвестного возраста',
  other_sex: 'лицо с иной гендерной идентичностью',
  unknown_sex: 'лицо неизвестного пола',
};

export const narrativeRu: NarrativeLanguage = {
  identification(plan, ctx) {
    const { total } = plan;
    const In = capitalise(inPeriod(ctx.period), 'ru');
    const ctdc = ctx.source === 'ctdc';
    const [where, stem] = ctdc ? [' в наборе данных', 'учтен'] : [whereFrom(ctx), 'идентифицирован'];
    const lead: Piece[] = [];
    const previous = plan.previous;
    if (total?.cell.value === 0 && plan.previous?.cell.value === 0) {
      lead.push(
        `${capitalise(inNeither(ctx), 'ru')}${where} жертвы торговли людьми `,
        figurePiece(total, `не ${stem}ы`),
        '.',
      );
    } else if (total?.cell.value === 0) {
      lead.push(`${In}${where} не ${stem}о `, figurePiece(total, 'ни одной'), ' жертвы торговли людьми');
      lead.push(...comparison(total, previous, 'ни одной', ctx), '.');
    } else if (total?.cell.value === null) {
      lead.push(
        `Число жертв торговли людьми, ${stem}ных ${inPeriod(ctx.period)}${where}, `,
        figurePiece(total, 'не раскрывается'),
      );
      // A hidden total still has its groups said (each language quotes the same cells).
      if (plan.groups.length > 0) lead.push(' (', ...groupList(plan.groups, ctx), ')');
      lead.push(...comparison(total, previous, 'ни одной', ctx), '.');
    } else if (total) {
      lead.push(
        `${In}${where} ${participle(total, stem)} `,
        ...counted(total, victim, ctx, ' торговли людьми'),
      );
      const sole = soleItem(total, plan.groups);
      if (sole) lead.push(` (${soleGroup[sole.code]})`);
      else if (plan.groups.length > 0) lead.push(' (', ...groupList(plan.groups, ctx), ')');
      lead.push(...comparison(total, previous, 'ни одной', ctx), '.');
    }
    const screening = [plan.screened, plan.presumed].flatMap((figure, i) =>
      figure
        ? [
            [
              i === 0
                ? 'прошли скрининг на признаки торговли людьми — '
                : 'признаны предполагаемыми жертвами — ',
              ...dashFigure(figure, ctx, person),
            ],
          ]
        : [],
    );
    const bodyLabels = { state: 'государственные органы', ngo: 'только неправительственные организации' };
    const soleBody = soleItem(total, plan.bodies);
    return [
      lead,
      ctdc
        ? []
        : soleBody
          ? [
              `Жертва идентифицирована ${soleBody.code === 'state' ? 'государственными органами' : 'только неправительственными организациями'}.`,
            ]
          : sentence('По идентифицировавшему органу: ', dashList(plan.bodies, bodyLabels, ctx)),
      sentence(
        'По формам эксплуатации: ',
        dashList(
          plan.forms,
          {
            sexual: 'сексуальная эксплуатация',
            labour: 'трудовая эксплуатация',
            sexual_and_labour: 'сексуальная и трудовая эксплуатация одновременно',
            other: 'иные формы',
            unknown: 'форма не установлена',
          },
          ctx,
        ),
      ),
      sentence(
        'По виду торговли людьми: ',
        dashList(
          plan.scopes,
          { internal: 'внутренняя', transnational: 'транснациональная', unknown: 'вид не установлен' },
          ctx,
        ),
      ),
      sentence(
        'По гражданству: ',
        dashList(
          plan.nationalities,
          {
            domestic: 'граждане страны',
            foreign: 'иностранные граждане',
            unknown: 'гражданство не установлено',
          },
          ctx,
        ),
      ),
      sentence(`${In}: `, joinPieces(screening, ', ', ', ')),
    ];
  },

  decisions(plan, ctx) {
    const { due, median } = plan;
    const where = whereFrom(ctx, false);
    const lead: Piece[] = [];
    const In = capitalise(inPeriod(ctx.period), 'ru');
    const timelinessLabels = {
      on_time: 'решение принято в срок',
      late: 'решение принято с опозданием или не принято к дате отчёта',
      pending: 'срок на дату отчёта не истёк',
    };
    if (due?.cell.value === 0) {
      lead.push(
        `${In}${where} `,
        figurePiece(due, 'ни для одного'),
        ' лица не наступил срок первого решения об идентификации.',
      );
    } else if (due?.cell.value === null) {
      lead.push(
        `Число лиц, для которых ${inPeriod(ctx.period)}${where} наступил срок первого решения об идентификации, `,
        figurePiece(due, 'не раскрывается'),
        ...sentence(': ', dashList(plan.timeliness, timelinessLabels, ctx), ''),
        '.',
      );
    } else if (due) {
      const sole = soleItem(due, plan.timeliness);
      lead.push(
        `${In}${where} срок первого решения об идентификации наступил для `,
        ...counted(due, forFaces, ctx),
      );
      if (sole) lead.push(`; ${timelinessLabels[sole.code]}`);
      else lead.push(...sentence(': ', dashList(plan.timeliness, timelinessLabels, ctx), ''));
      lead.push('.');
    }
    const outcomeLabels = {
      identified: 'идентифицированы как жертвы торговли людьми',
      not_victim: 'признаны не являющимися жертвами',
      none: 'решение ещё не принято',
    };
    const soleOutcome = soleItem(due, plan.outcomes);
    const outcomes: Piece[] = soleOutcome
      ? [
          {
            identified: 'На дату отчёта лицо идентифицировано как жертва торговли людьми.',
            not_victim: 'На дату отчёта лицо признано не являющимся жертвой.',
            none: 'На дату отчёта решение в отношении лица ещё не принято.',
          }[soleOutcome.code],
        ]
      : sentence('На дату отчёта: ', dashList(plan.outcomes, outcomeLabels, ctx));
    const byAge = joinPieces(
      plan.medianByAge.map(({ code, figure }) => [
        code === 'adult' ? 'взрослые — ' : 'дети — ',
        ...counted(figure, day, ctx),
      ]),
      ', ',
      ', ',
    );
    const medianSentence: Piece[] = median
      ? [
          'Медиана времени от первого скрининга с результатом «предполагаемая жертва» до первого решения — ',
          ...counted(median, day, ctx),
          ...(byAge.length > 0 ? [' (', ...byAge, ')'] : []),
          '.',
        ]
      : [];
    return [lead, outcomes, medianSentence];
  },

  referrals(plan, ctx) {
    const { sent, median, identityNotShared: notShared } = plan;
    const In = capitalise(inPeriod(ctx.period), 'ru');
    const where = whereFrom(ctx, false);
    const previous = plan.previous;
    const lead: Piece[] = [];
    if (sent?.cell.value === 0 && plan.previous?.cell.value === 0) {
      lead.push(
        `${capitalise(inNeither(ctx), 'ru')}${where} направления `,
        figurePiece(sent, 'не отправлялись'),
        '.',
      );
    } else if (sent?.cell.value === 0) {
      lead.push(`${In}${where} не отправлено `, figurePiece(sent, 'ни одного'), ' направления');
      lead.push(...comparison(sent, previous, 'ни одного', ctx), '.');
    } else if (sent?.cell.value === null) {
      lead.push(
        `Число направлений, отправленных ${inPeriod(ctx.period)}${where}, `,
        figurePiece(sent, 'не раскрывается'),
      );
      lead.push(...comparison(sent, previous, 'ни одного', ctx), '.');
    } else if (sent) {
      lead.push(`${In}${where} ${participle(sent, 'отправлен', true)} `, ...counted(sent, referral, ctx));
      lead.push(...comparison(sent, previous, 'ни одного', ctx), '.');
    }
    const statusLabels = {
      accepted: 'принято',
      completed: 'выполнено',
      declined: 'отклонено',
      withdrawn: 'отозвано',
      sent: 'на дату отчёта ожидали ответа',
    };
    const soleStatuses = {
      accepted: 'Направление принято.',
      completed: 'Направление выполнено.',
      declined: 'Направление отклонено.',
      withdrawn: 'Направление отозвано.',
      sent: 'На дату отчёта направление ожидало ответа.',
    };
    const timelinessLabels = {
      on_time: 'ответ дан в срок',
      late: 'ответ дан с опозданием',
      overdue: 'ответ просрочен',
      pending: 'срок ответа на дату отчёта не истёк',
      withdrawn_unanswered: 'отозвано до ответа',
    };
    const soleStatus = soleItem(sent, plan.statuses);
    const soleTimeliness = soleItem(sent, plan.timeliness);
    const shared = dashList(
      plan.identityShared,
      {
        consent: 'с согласия',
        child_rule: 'по правилу о детях',
        override: 'без согласия (с записью в журнале аудита)',
      },
      ctx,
    );
    const identity: Piece[] =
      shared.length > 0
        ? [
            'Сведения о личности переданы получателю: ',
            ...shared,
            ...(notShared ? ['; не переданы — ', ...dashFigure(notShared, ctx)] : []),
            '.',
          ]
        : notShared
          ? [
              'Направления, в которых сведения о личности не переданы получателю, — ',
              ...dashFigure(notShared, ctx),
              '.',
            ]
          : [];
    return [
      lead,
      soleStatus
        ? [soleStatuses[soleStatus.code]]
        : sentence('Из них: ', dashList(plan.statuses, statusLabels, ctx)),
      soleTimeliness
        ? [`По сроку ответа: ${timelinessLabels[soleTimeliness.code]}.`]
        : sentence('По сроку ответа: ', dashList(plan.timeliness, timelinessLabels, ctx)),
      median
        ? [
            'Медиана времени от отправки направления до его принятия или отклонения — ',
            ...counted(median, day, ctx),
            '.',
          ]
        : [],
      identity,
    ];
  },
};
