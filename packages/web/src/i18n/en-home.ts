/** English text of the task-first home page: what waits for the user, and where to go. */
export const enHome = {
  dateInput: {
    placeholder: 'dd/mm/yyyy',
    malformed: 'Write the date as {{pattern}}, for example 08/12/2026.',
  },
  homeTasks: {
    title: 'What needs you today',
    nothing: 'Nothing is waiting for your organisation right now.',
    loading: 'Counting what is waiting…',
    items: {
      decisions_overdue: 'Identification decisions overdue: {{total}}',
      referrals_to_answer: 'Referrals waiting for your answer: {{total}}',
      referrals_to_answer_overdue: 'Referrals past the response deadline: {{total}}',
      alerts_to_acknowledge: 'Alerts to acknowledge: {{total}}',
      unread_messages: 'Unread messages: {{total}}',
      reflection_periods_ending: 'Reflection periods ending within 7 days: {{total}}',
    },
    goTo: 'Go to',
    report: 'Annual report: figures, charts and the narrative for TIP, GRETA and UNODC',
    alerts: 'Potential cases (alerts) sent to or by your organisation',
    referrals: 'Referrals: your inbox',
    shelters: 'Shelters: places and residents',
  },
} as const;
