import type { enHome } from './en-home.ts';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Azerbaijani text of the task-first home page. */
export const azHome: Shape<typeof enHome> = {
  dateInput: {
    placeholder: 'gg.aa.iiii',
    malformed: 'Tarixi {{pattern}} şəklində yazın, məsələn 08.12.2026.',
  },
  homeTasks: {
    title: 'Bu gün sizi gözləyən işlər',
    nothing: 'Hazırda təşkilatınızı gözləyən iş yoxdur.',
    loading: 'Gözləyən işlər sayılır…',
    items: {
      decisions_overdue: 'Müddəti keçmiş identifikasiya qərarları: {{total}}',
      referrals_to_answer: 'Cavabınızı gözləyən yönləndirmələr: {{total}}',
      referrals_to_answer_overdue: 'Cavab müddəti keçmiş yönləndirmələr: {{total}}',
      alerts_to_acknowledge: 'Qəbulu təsdiqlənməli xəbərdarlıqlar: {{total}}',
      unread_messages: 'Oxunmamış mesajlar: {{total}}',
      reflection_periods_ending: '7 gün ərzində bitən bərpa və düşünmə müddətləri: {{total}}',
    },
    goTo: 'Keçid',
    report: 'İllik hesabat: TIP, GRETA və UNODC üçün göstəricilər, qrafiklər və mətn',
    alerts: 'Təşkilatınıza və ya təşkilatınızdan göndərilən potensial hallar (xəbərdarlıqlar)',
    referrals: 'Yönləndirmələr: daxil olanlar qutunuz',
    shelters: 'Sığınacaqlar: yerlər və sakinlər',
  },
};
