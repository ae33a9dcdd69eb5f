import type { Locale } from '@opennrm/core';

/**
 * Words the report files need beyond `statisticsLabels(locale).layout` (which has the table
 * words: total, change, the suppressed marker). They describe the file itself: its front matter,
 * headings and page numbers. Placeholders in {{braces}} are filled by `fillWords`.
 */
export interface ReportFileWords {
  title: string;
  about: string;
  summary: string;
  period: string;
  comparedWith: string;
  view: string;
  views: { internal: string; published: string };
  scope: string;
  scopes: { national: string; region: string; organisation: string };
  source: string;
  sources: { national: string; ctdc: string };
  ctdcAttribution: string;
  threshold: string;
  suppressionPublished: string;
  suppressionInternal: string;
  generatedAt: string;
  definition: string;
  page: string;
}

const en: ReportFileWords = {
  title: 'Annual report on trafficking in human beings',
  about: 'About',
  summary: 'Summary',
  period: 'Period',
  comparedWith: 'Compared with',
  view: 'View',
  views: { internal: 'Internal: exact figures, not for publication', published: 'Published' },
  scope: 'Scope',
  scopes: { national: 'National', region: 'Region: {{region}}', organisation: 'Organisation: {{id}}' },
  source: 'Source',
  sources: { national: 'National case records', ctdc: 'CTDC dataset: {{name}}' },
  ctdcAttribution: 'Data: Counter-Trafficking Data Collaborative (CTDC), {{name}}.',
  threshold: 'Suppression threshold',
  suppressionPublished:
    '“{{marker}}”: not shown to protect confidentiality. Figures above zero and below {{threshold}} are not shown, nor are enough other figures that none of them can be worked out or narrowed down from the totals, this year’s or another table’s; every hidden figure carries the same mark, whatever its size.',
  suppressionInternal: 'Exact figures; small cells are not suppressed in this view.',
  generatedAt: 'Generated at',
  definition: 'Definition',
  page: 'Page {{n}} of {{m}}',
};

const az: ReportFileWords = {
  title: 'İnsan alveri üzrə illik hesabat',
  about: 'Haqqında',
  summary: 'Xülasə',
  period: 'Dövr',
  comparedWith: 'Müqayisə dövrü',
  view: 'Görünüş',
  views: { internal: 'Daxili: dəqiq rəqəmlər, dərc üçün deyil', published: 'Dərc üçün' },
  scope: 'Əhatə',
  scopes: { national: 'Ölkə üzrə', region: 'Region: {{region}}', organisation: 'Təşkilat: {{id}}' },
  source: 'Mənbə',
  sources: { national: 'Milli iş qeydləri', ctdc: 'CTDC məlumat dəsti: {{name}}' },
  ctdcAttribution: 'Məlumat: Counter-Trafficking Data Collaborative (CTDC), {{name}}.',
  threshold: 'Gizlətmə həddi',
  suppressionPublished:
    '“{{marker}}”: məxfiliyin qorunması üçün göstərilmir. Sıfırdan böyük və {{threshold}}-dən kiçik rəqəmlər, həmçinin onları cəmlərdən (bu cədvəlin və ya digər cədvəlin) hesablamağa və ya daraltmağa imkan verən digər rəqəmlər göstərilmir; hər gizlədilmiş rəqəm, ölçüsündən asılı olmayaraq, eyni işarə ilə verilir.',
  suppressionInternal: 'Dəqiq rəqəmlər; bu görünüşdə kiçik xanalar gizlədilmir.',
  generatedAt: 'Yaradılma vaxtı',
  definition: 'Tərif',
  page: 'Səhifə {{n}} / {{m}}',
};

const ru: ReportFileWords = {
  title: 'Ежегодный отчёт о торговле людьми',
  about: 'Об отчёте',
  summary: 'Обзор',
  period: 'Период',
  comparedWith: 'Для сравнения',
  view: 'Вид',
  views: { internal: 'Внутренний: точные данные, не для публикации', published: 'Для публикации' },
  scope: 'Охват',
  scopes: { national: 'Вся страна', region: 'Регион: {{region}}', organisation: 'Организация: {{id}}' },
  source: 'Источник',
  sources: { national: 'Национальные учётные данные', ctdc: 'Набор данных CTDC: {{name}}' },
  ctdcAttribution: 'Данные: Counter-Trafficking Data Collaborative (CTDC), {{name}}.',
  threshold: 'Порог скрытия',
  suppressionPublished:
    '«{{marker}}» — не показано в целях защиты конфиденциальности. Не показываются значения больше нуля и меньше {{threshold}}, а также другие значения, по которым их можно было бы вычислить или оценить по итогам (этой или другой таблицы); все скрытые значения, независимо от величины, отмечены одним знаком.',
  suppressionInternal: 'Точные данные; в этом виде малые значения не скрываются.',
  generatedAt: 'Сформирован',
  definition: 'Определение',
  page: 'Страница {{n}} из {{m}}',
};

const byLocale: Record<Locale, ReportFileWords> = { en, az, ru };

export function reportFileWords(locale: Locale): ReportFileWords {
  return byLocale[locale];
}

export function fillWords(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
