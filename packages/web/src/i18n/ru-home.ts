import type { enHome } from './en-home.ts';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Russian text of the task-first home page. */
export const ruHome: Shape<typeof enHome> = {
  dateInput: {
    placeholder: 'дд.мм.гггг',
    malformed: 'Введите дату в виде {{pattern}}, например 08.12.2026.',
  },
  homeTasks: {
    title: 'Что ждёт вас сегодня',
    nothing: 'Сейчас ничто не ждёт вашу организацию.',
    loading: 'Подсчитываем ожидающие дела…',
    items: {
      decisions_overdue: 'Просроченные решения об идентификации: {{total}}',
      referrals_to_answer: 'Направления, ожидающие вашего ответа: {{total}}',
      referrals_to_answer_overdue: 'Направления с истёкшим сроком ответа: {{total}}',
      alerts_to_acknowledge: 'Оповещения, требующие подтверждения: {{total}}',
      unread_messages: 'Непрочитанные сообщения: {{total}}',
      reflection_periods_ending:
        'Периоды восстановления и размышления, истекающие в течение 7 дней: {{total}}',
    },
    goTo: 'Перейти',
    report: 'Годовой отчёт: показатели, диаграммы и текст для TIP, GRETA и УНП ООН',
    alerts: 'Потенциальные случаи (оповещения), отправленные вашей организацией или ей',
    referrals: 'Направления: ваши входящие',
    shelters: 'Приюты: места и проживающие',
  },
};
