// The Russian wording of the three paragraphs, kept in one file so a translator sees it whole;
// which cells are quoted is decided once for all languages in narrative-plan.ts.
import type { Period } from '../report-model.ts';
import {
  formatDigits,
  isCalendarYear,
  type NarrativeContext,
  type NarrativeLanguage,
} from './narrative-language.ts';
import {
  capitalise,
  type FigurePiece,
  type FigureRef,
  figurePiece,
  joinPieces,
  type Piece,
} from './narrative-pieces.ts';
import type { Item } from './narrative-plan.ts';

/** A noun after a numeral: 1 (21, 101) женщина, 2-4 женщины, 5-20 женщин; fractions take `few`. */
export interface RussianForms {
  one: string;
  few: string;
  many: string;
}

const plurals = new Intl.PluralRules('ru');

/** The form for a figure; a suppressed one reads "менее 5 …" / "скрытое число …": genitive plural. */
export function russianForm(value: number | null, forms: RussianForms): string {
  if (value === null) return forms.many;
  const category = plurals.select(value);
  return category === 'one' ? forms.one : category === 'many' ? forms.many : forms.few;
}

export function num(ref: FigureRef, _ctx: NarrativeContext): FigurePiece {
  const { value } = ref.cell;
  if (value !== null) return figurePiece(ref, formatDigits('ru', value));
  // Every hidden figure is worded alike: "менее 5" would tell a reader which are small.
  return figurePiece(ref, 'нераскрываемое число');
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

const groups: Record<string, [RussianForms, string]> = {
  women: [forms('женщина', 'женщины', 'женщин'), ''],
  girls: [forms('девочка', 'девочки', 'девочек'), ''],
  men: [forms('мужчина', 'мужчины', 'мужчин'), ''],
  boys: [forms('мальчик', 'мальчика', 'мальчиков'), ''],
  female_unknown_age: [
    forms('женщина или девочка', 'женщины или девочки', 'женщин или девочек'),
    ' неизвестного возраста',
  ],
  male_unknown_age: [
    forms('мужчина или мальчик', 'мужчины или мальчика', 'мужчин или мальчиков'),
    ' неизвестного возраста',
  ],
  other_sex: [face, ' с иной гендерной идентичностью'],
  unknown_sex: [face, ' неизвестного пола'],
};

export function inPeriod(period: Period): string {
  return isCalendarYear(period) ? `в ${period.label} году` : `за период ${period.label}`;
}

/** "label — figure, label — figure": no agreement to get wrong, as in Russian statistical prose. */
export function dashList<C extends string>(
  items: Item<C>[],
  labels: Record<C, string>,
  ctx: NarrativeContext,
): Piece[] {
  return joinPieces(
    items.map(({ code, figure }) => [`${labels[code]} — `, num(figure, ctx)]),
    ', ',
    ', ',
  );
}

export function sentence(before: string, listed: Piece[], after = '.'): Piece[] {
  return listed.length > 0 ? [before, ...listed, after] : [];
}

export function previousInBrackets(previous: FigureRef | null, zero: string, ctx: NarrativeContext): Piece[] {
  if (!previous) return [];
  const text = previous.cell.value === 0 ? figurePiece(previous, zero) : num(previous, ctx);
  return [` (${inPeriod(ctx.previousPeriod)} — `, text, ')'];
}

/** Past passive participle agreeing with its subject: 1 жертва идентифицирована, 2 … идентифицированы. */
export function participle(ref: FigureRef, stem: string): string {
  const value = ref.cell.value;
  const category = value === null ? 'many' : plurals.select(value);
  return stem + (category === 'one' ? 'а' : category === 'few' ? 'ы' : 'о');
}

const changes = { increase: 'Это больше, чем', decrease: 'Это меньше, чем', same: 'Это столько же, сколько' };

export const narrativeRu: NarrativeLanguage = {
  identification(plan, ctx) {
    const { total, previous } = plan;
    const In = capitalise(inPeriod(ctx.period), 'ru');
    const [who, stem] =
      ctx.source === 'ctdc' ? ['в наборе данных', 'учтен'] : ['органами власти', 'идентифицирован'];
    const lead: Piece[] = [];
    if (total?.cell.value === 0)
      lead.push(`${In} ${who} не ${stem}о `, figurePiece(total, 'ни одной'), ' жертвы');
    else if (total) lead.push(`${In} ${who} ${participle(total, stem)} `, ...counted(total, victim, ctx));
    if (total) {
      const listed = joinPieces(
        plan.groups.map(({ code, figure }) => {
          const [nounForms, after] = groups[code]!;
          return counted(figure, nounForms, ctx, after);
        }),
        ', ',
        ' и ',
      );
      if (listed.length > 0) lead.push(' — ', ...listed);
      lead.push(...previousInBrackets(previous, 'ни одной', ctx), '.');
    }
    const screening = [plan.screened, plan.presumed].flatMap((figure, i) =>
      figure
        ? [
            [
              i === 0
                ? 'прошли скрининг на признаки торговли людьми — '
                : 'признаны предполагаемыми жертвами — ',
              ...counted(figure, person, ctx),
            ],
          ]
        : [],
    );
    return [
      lead,
      plan.change ? [`${changes[plan.change]} ${inPeriod(ctx.previousPeriod)}.`] : [],
      sentence(
        'По идентифицировавшему органу: ',
        dashList(
          plan.bodies,
          { state: 'государственные органы', ngo: 'только неправительственные организации' },
          ctx,
        ),
      ),
      sentence(
        'По формам эксплуатации: ',
        dashList(
          plan.forms,
          {
            sexual: 'сексуальная',
            labour: 'трудовая',
            sexual_and_labour: 'сексуальная и трудовая одновременно',
            other: 'иные формы',
            unknown: 'форма неизвестна',
          },
          ctx,
        ),
      ),
      sentence(
        'По гражданству: ',
        dashList(
          plan.nationalities,
          { domestic: 'граждане страны', foreign: 'иностранные граждане', unknown: 'гражданство неизвестно' },
          ctx,
        ),
      ),
      sentence(`${In}: `, joinPieces(screening, ', ', ', ')),
    ];
  },

  decisions(plan, ctx) {
    const { due, median } = plan;
    const lead: Piece[] = [];
    if (due) {
      const timeliness = dashList(
        plan.timeliness,
        { on_time: 'в срок', late: 'с опозданием или без решения', pending: 'время на решение ещё есть' },
        ctx,
      );
      lead.push(
        `Число лиц, для которых ${inPeriod(ctx.period)} наступил срок первого решения об идентификации, — `,
        num(due, ctx),
        ...(timeliness.length > 0 ? [': ', ...timeliness] : []),
        '.',
      );
    }
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
    return [lead, medianSentence];
  },

  referrals(plan, ctx) {
    const { sent, previous, median, identityNotShared: notShared } = plan;
    const In = capitalise(inPeriod(ctx.period), 'ru');
    const lead: Piece[] = [];
    if (sent?.cell.value === 0)
      lead.push(`${In} не отправлено `, figurePiece(sent, 'ни одного'), ' направления');
    else if (sent) lead.push(`${In} отправлено `, ...counted(sent, referral, ctx));
    if (sent) lead.push(...previousInBrackets(previous, 'ни одного', ctx), '.');
    const shared = dashList(
      plan.identityShared,
      {
        consent: 'с согласия',
        child_rule: 'по правилу о детях',
        override: 'без согласия, с записью в журнале аудита',
      },
      ctx,
    );
    const identity: Piece[] =
      shared.length > 0
        ? [
            'Личность человека раскрыта получателю: ',
            ...shared,
            ...(notShared ? ['; не раскрыта — ', num(notShared, ctx)] : []),
            '.',
          ]
        : notShared
          ? [
              'Число направлений, в которых личность человека не раскрыта получателю, — ',
              num(notShared, ctx),
              '.',
            ]
          : [];
    return [
      lead,
      sentence(
        'Из них: ',
        dashList(
          plan.statuses,
          {
            accepted: 'принято',
            completed: 'выполнено',
            declined: 'отклонено',
            withdrawn: 'отозвано',
            sent: 'ожидают ответа',
          },
          ctx,
        ),
      ),
      sentence(
        'По сроку ответа: ',
        dashList(
          plan.timeliness,
          { on_time: 'ответ дан в срок', late: 'ответ дан с опозданием', overdue: 'срок истёк, ответа нет' },
          ctx,
        ),
      ),
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
