import type { enHistoricImport } from './en-historic-import.ts';

/** Əvvəlki illərin yüklənməsi səhifəsinin mətnləri. */
export const azHistoricImport: typeof enHistoricImport = {
  historicImport: {
    title: 'Əvvəlki illər',
    intro:
      'OpenNRM-dən əvvəlki illərin qeydlərini yükləyin: şəxslər, skrininqlər, istismar, qərarlar, razılıqlar və yönləndirmələr, baş verdikləri tarixlərlə. Şablonu doldurun, faylı yoxlayın, sonra idxal edin. Hər sətir vebdəki eyni qaydalardan keçir və təkrar idxal edilən fayl heç nəyi dəyişmir.',
    template: 'Şablon',
    downloadXlsx: 'Şablonu yükləyin (XLSX)',
    csvFiles: 'Və ya hər vərəq üçün bir CSV faylı:',
    upload: 'Faylı yoxlayın və idxal edin',
    organisation: 'Təşkilat',
    choose: 'Seçin…',
    organisationHelp: 'Fayl kimin tarixçəsidir: şəxslər ona məxsusdur və yönləndirmələri o göndərib.',
    file: 'Fayl',
    fileHelp: 'Doldurulmuş şablon (.xlsx), bir vərəq .csv kimi və ya CSV fayllarının .zip arxivi.',
    check: 'Faylı yoxlayın',
    preview: 'İdxal nə edəcək',
    countsCaption: 'Vərəqlər üzrə sətirlər',
    sheet: 'Vərəq',
    wouldCreate: 'Yaradılacaq',
    created: 'Yaradıldı',
    unchanged: 'Artıq idxal edilib, dəyişməyib',
    rejected: 'Xətalı sətirlər',
    errorsTitle: 'Xətalar: {{total}}',
    errorsCaption: 'Vərəq, sətir və sütun üzrə xətalar',
    noticesTitle: 'Saxlanmır: {{total}}',
    noticesCaption:
      'OpenNRM-in oxuduğu, lakin saxlamadığı doldurulmuş xanalar və səbəbi (idxalı dayandırmır)',
    row: 'Sətir',
    column: 'Sütun',
    message: 'Nə səhvdir',
    noErrors: 'Xəta yoxdur: hələ heç nə yazılmayıb.',
    fixFirst: 'Hər hansı sətirdə xəta olduqca heç nə idxal edilə bilməz. Faylı düzəldin və yenidən yoxlayın.',
    confirm: 'İdxal edin',
    confirmTitle: 'Fayl idxal edilsin?',
    confirmText:
      '{{file}} faylının qeydləri yoxlandığı kimi, seçilmiş təşkilatın adından yazılacaq və idxal audit jurnalında qeyd olunacaq.',
    imported: 'Fayl idxal edildi.',
    refused: 'Heç nə idxal edilmədi: bəzi sətirlərdə xətalar var.',
    runsCaption: 'İndiyədək idxallar, ən yenisi əvvəl',
    noRuns: 'Hələ heç bir fayl idxal edilməyib.',
    when: 'Nə vaxt',
  },
};
