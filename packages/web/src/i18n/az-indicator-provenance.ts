import type { enIndicatorProvenance } from './en-indicator-provenance.ts';

/** Azerbaijani text of how sure an indicator list is: its status, source, review flags, verification. */
export const azIndicatorProvenance: typeof enIndicatorProvenance = {
  provenance: {
    heading: 'Bu siyahı nə dərəcədə etibarlıdır',
    status: {
      verified: 'Nəşrlə yoxlanılıb',
      derived: 'Törədilib, yoxlanılmayıb',
      unverified: 'Nəşrlə yoxlanılmayıb',
    },
    explain: {
      verified: 'Hər göstərici aşağıda adı çəkilən sənədlə yoxlanılıb.',
      derived: '«{{from}}» siyahısından törədilib: ona etibar etməzdən əvvəl nəşrlə yoxlayın.',
      unverified: 'Nəşrlə hələ yoxlanılmayıb: ona etibar etməzdən əvvəl yoxlayın.',
    },
    source: 'Mənbə: {{publication}}, {{page}}',
    page: 'səhifə {{page}}',
    noPage: 'səhifə qeyd olunmayıb',
    noSource: 'Bu siyahı üçün nəşr göstərilməyib.',
    verifiedBy: '{{name}} {{date}} tarixində «{{document}}» ilə yoxlayıb.',
    underReview: 'Yoxlama üçün işarələnmiş göstəricilər: {{count}}',
    flagged: 'Yoxlama üçün işarələnib',
    columnStatus: 'Yoxlanılma vəziyyəti',
    columnSource: 'Mənbə',
    usedStatus: 'İstifadə edilən zaman siyahının statusu: {{status}}',
    verify: 'Yoxlanılmış kimi qeyd et',
    verifyTitle: '«{{title}}» (versiya {{version}}) yoxlanılmış kimi qeyd edilsin',
    verifyIntro:
      'Bu versiyanın hər göstəricisini, onun mətnini, ölçüsünü və dərəcəsini nəşrlə müqayisə etdiyinizi qeyd edin. Hər hansı göstərici fərqlənirsə, onu təsdiqləməyin: əvəzinə düzəldilmiş versiyanı yükləyin.',
    document: 'Yoxlamada istifadə edilən sənəd',
    documentHelp: 'Hər göstəricini müqayisə etdiyiniz nəşrin adı, nəşri və dili.',
    pageLabel: 'Səhifə və ya səhifələr',
    note: 'Qeyd',
    flaggedChecked: 'Yoxlama üçün işarələnmiş {{count}} göstəricini də yoxladım',
    flaggedRequired: 'Yoxlama üçün işarələnmiş göstəriciləri yoxlayın, sonra bu qutunu işarələyin.',
    submit: 'Yoxlamanı qeyd et',
    done: 'Qeyd olundu: versiya {{version}} yoxlanılıb.',
    childRuleTitle: 'Qayda uşağa necə tətbiq olunur',
    childRule:
      'Uşaq üçün təyinat yerində məcburetmə və ya həssas vəziyyətdən sui-istifadə tələb olunmur: cəlb etmənin müsbət ölçüsü və istismar şəraiti kifayətdir. Lakin bu siyahıda cəlb etmənin hər göstəricisi aldatma, məcburetmə və ya həssas vəziyyətdən sui-istifadədir, ona görə də bunların heç biri olmadan istismar məqsədilə cəlb edilmiş uşaq burada heç vaxt müsbət nəticə almır, halbuki qanun uşağı qurban sayır. Faktlara əsasən qərar verin və səbəbini yazın.',
  },
};
