import type { OrganisationType } from '../../organisations/organisation-types.ts';
import { glossaryLabel } from '../glossary/glossary.ts';
import type { StatisticsLabels } from '../statistics-labels.ts';
import type { CompleteStatisticsLabels } from './complete-statistics-labels.ts';
import { preventionLabelsRu } from './prevention-labels-ru.ts';
import { prosecutionLabelsRu } from './prosecution-labels-ru.ts';
import { protectionLabelsRu } from './protection-labels-ru.ts';

// Same wording as the web's organisationTypes (packages/web/src/i18n/ru.ts).
const organisationTypes: Record<OrganisationType, string> = {
  police: 'Полиция',
  prosecution: 'Прокуратура',
  court: 'Суд',
  migration_service: 'Миграционная служба',
  labour_inspectorate: 'Трудовая инспекция',
  child_protection: 'Защита детей',
  victim_assistance_centre: 'Центр помощи пострадавшим',
  shelter: 'Приют',
  ngo: 'Неправительственная организация',
  hotline: 'Горячая линия',
  coordinator: 'Национальный координатор',
  international_organisation: 'Международная организация',
  other_public_body: 'Другой государственный орган',
  system_operator: 'Оператор системы',
};

const identified =
  'Число лиц, текущий статус которых — «идентифицирована как жертва»; лицо учитывается в периоде первого решения об идентификации, принятого любым органом, включая НПО. В импортированном наборе данных CTDC — записи о жертвах, по году регистрации (yearOfRegistration).';
const decisionsDue =
  'Число лиц, срок первого решения об идентификации которых (рабочие дни после первого скрининга с результатом «предполагаемая жертва») пришёлся на период';
const referrals = 'Число направлений; направление учитывается в периоде, когда оно отправлено,';
const victims = 'Идентифицированные жертвы';

export const statisticsLabelsRu: StatisticsLabels = {
  tables: {
    'persons_screened.sex_age': {
      title: 'Лица, прошедшие скрининг, по полу и возрасту',
      definition:
        'Число лиц, прошедших скрининг на признаки торговли людьми; лицо учитывается в периоде своего первого скрининга, независимо от его результата.',
    },
    'persons_presumed.sex_age': {
      title: 'Предполагаемые жертвы, по полу и возрасту',
      definition:
        'Число лиц, скрининг которых дал результат «предполагаемая жертва»; лицо учитывается в периоде первого скрининга с таким результатом.',
    },
    'victims_identified.sex_age': { title: `${victims} по полу и возрасту`, definition: identified },
    'victims_identified.exploitation_age': {
      title: `${victims} по форме эксплуатации и возрасту`,
      definition: identified,
    },
    'victims_identified.nationality_sex': {
      title: `${victims} по гражданству и полу`,
      definition: identified,
    },
    'victims_identified.scope_sex': {
      title: `${victims} по внутренней или транснациональной торговле и полу`,
      definition: identified,
    },
    'victims_identified.body_sex': {
      title: `${victims} по идентифицировавшему органу и полу`,
      definition: identified,
    },
    'victims_identified.band_sex': {
      title: `${victims} по возрастной группе и полу`,
      definition: identified,
    },
    'victims_identified.consent_age': {
      title: `${victims} по согласию на передачу данных и возрасту`,
      definition: identified,
    },
    'decisions_due.timeliness_age': {
      title: 'Первые решения об идентификации, срок которых наступил, по своевременности и возрасту',
      definition: `${decisionsDue}, — по тому, принято ли решение до истечения срока (в срок), после него или всё ещё не принято после него (с опозданием), или срок ещё не наступил (ожидается).`,
    },
    'decisions_due.outcome_age': {
      title: 'Первые решения об идентификации, срок которых наступил, по результату и возрасту',
      definition: `${decisionsDue}, — по статусу лица после первого решения («решения нет», если его ещё нет).`,
    },
    'decisions_due.median_days': {
      title: 'Дни от признания предполагаемой жертвой до первого решения (медиана), по возрасту',
      definition:
        'Медиана числа дней от первого скрининга с результатом «предполагаемая жертва» до первого решения об идентификации — для лиц, срок первого решения которых пришёлся на период и решение принято.',
    },
    'referrals_sent.sender_recipient': {
      title: 'Отправленные направления по направившей и принимающей организации',
      definition: `${referrals} — по типу направившей и принимающей организации.`,
    },
    'referrals_sent.recipient_status': {
      title: 'Отправленные направления по получателю и текущему статусу',
      definition: `${referrals} — по типу принимающей организации и нынешнему статусу направления.`,
    },
    'referrals_sent.recipient_timeliness': {
      title: 'Отправленные направления по получателю и своевременности ответа',
      definition: `${referrals} — по тому, принял или отклонил ли его получатель до срока ответа (в срок) или после него (с опозданием), не ответил после истечения срока (просрочено), срок ещё не истёк (ожидается) или направление отозвано до ответа.`,
    },
    'referrals_sent.median_days': {
      title: 'Дни до ответа на направление (медиана), по получателю',
      definition:
        'Медиана числа дней от отправки направления до его принятия или отклонения — для направлений, отправленных в периоде и получивших ответ.',
    },
    'referrals_sent.identity_basis_recipient': {
      title: 'Отправленные направления по основанию передачи сведений о личности и типу получателя',
      definition: `${referrals} — по тому, переданы ли получателю сведения о личности человека на основании согласия, правила о детях, исключения с записью в журнале аудита или не переданы вовсе.`,
    },
    ...prosecutionLabelsRu.tables,
    ...protectionLabelsRu.tables,
    ...preventionLabelsRu.tables,
  },
  dimensions: {
    sex: {
      label: glossaryLabel('sex', 'ru'),
      values: {
        female: 'Женский',
        male: 'Мужской',
        other: 'Иная гендерная идентичность',
        unknown: 'Неизвестно',
      },
    },
    age_group: { label: 'Возраст', values: { adult: 'Взрослые', child: 'Дети', unknown: 'Неизвестно' } },
    age_band: {
      label: 'Возрастная группа',
      values: {
        '0-8': '0-8',
        '9-17': '9-17',
        '18-20': '18-20',
        '21-23': '21-23',
        '24-26': '24-26',
        '27-29': '27-29',
        '30-38': '30-38',
        '39-47': '39-47',
        '48+': '48 и старше',
        unknown: 'Неизвестно',
      },
    },
    exploitation: {
      label: 'Форма эксплуатации',
      values: {
        sexual: glossaryLabel('sexualExploitation', 'ru'),
        labour: glossaryLabel('labourExploitation', 'ru'),
        sexual_and_labour: 'Сексуальная и трудовая эксплуатация',
        other: 'Иные формы',
        unknown: 'Неизвестно',
      },
    },
    nationality: {
      label: 'Гражданство',
      values: { domestic: 'Граждане страны', foreign: 'Иностранные граждане', unknown: 'Неизвестно' },
    },
    trafficking_scope: {
      label: 'Внутренняя или транснациональная',
      values: { internal: 'Внутренняя', transnational: 'Транснациональная', unknown: 'Неизвестно' },
    },
    identifying_body: {
      label: 'Идентифицировавший орган',
      values: { state: 'Государственный орган', ngo: 'Только неправительственная организация' },
    },
    decision_outcome: {
      label: 'Решение',
      values: { identified: 'Идентифицирована как жертва', not_victim: 'Не жертва', none: 'Решения ещё нет' },
    },
    decision_timeliness: {
      label: 'Своевременность решения',
      values: { on_time: 'В срок', late: 'С опозданием или не принято', pending: 'Срок не наступил' },
    },
    sender_type: { label: 'Направившая организация', values: organisationTypes },
    recipient_type: { label: 'Принимающая организация', values: organisationTypes },
    responsible_type: { label: 'Ответственный орган', values: organisationTypes },
    referral_status: {
      label: 'Статус',
      values: {
        sent: 'Отправлено, ответа нет',
        accepted: 'Принято',
        declined: 'Отклонено',
        completed: 'Выполнено',
        withdrawn: 'Отозвано',
      },
    },
    response_timeliness: {
      label: 'Своевременность ответа',
      values: {
        on_time: 'В срок',
        late: 'С опозданием',
        overdue: 'Просрочено',
        pending: 'Ожидается',
        withdrawn_unanswered: 'Отозвано до ответа',
      },
    },
    identity_basis: {
      label: 'Основание передачи сведений о личности',
      values: {
        consent: 'Согласие',
        child_rule: 'Правило о детях',
        override: 'Без согласия, с причиной (аудит)',
        not_shared: 'Не переданы',
      },
    },
    consent: { label: 'Согласие на передачу данных', values: { recorded: 'Есть', none: 'Нет' } },
    ...prosecutionLabelsRu.dimensions,
    ...protectionLabelsRu.dimensions,
    ...preventionLabelsRu.dimensions,
  },
  layout: {
    total: 'Всего',
    change: 'Изменение',
    suppressed: 'x',
    suppressedNote: 'Не показано в целях защиты конфиденциальности.',
    medianDays: 'Медиана, дней',
    count: 'Число',
    sum: 'Итого',
    median: 'Медиана',
    units: {
      days: 'дней',
      months: 'месяцев',
      nights: 'койко-дней',
      amount: 'сумма',
      persons: 'человек',
      inspections: 'проверок',
      employers: 'работодателей',
    },
  },
} satisfies CompleteStatisticsLabels;
