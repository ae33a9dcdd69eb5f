import type { enRetention } from './en-retention.ts';

/** Azərbaycanca: saxlama səhifəsi və məlumat subyektinin sorğuları. */
export const azRetention: typeof enRetention = {
  retention: {
    title: 'Saxlama müddətləri',
    intro:
      'Şəxsi məlumatların son hadisədən sonra nə qədər və hansı hüquqi əsasla saxlanıldığı. Müddət bitəndə şəxsi tanıdan məlumat məhv edilir; statistikanın sayları qalır.',
    enabled: 'Qaydaları hər gecə tətbiq et',
    enabledHelp: 'Qanununuzun müddətlərini təsdiqləyənə qədər söndürülüb.',
    years: 'İl',
    legalBasis: 'Hüquqi əsas',
    type: {
      person: 'Şəxslər (son hadisədən sonra)',
      hotline_contact: 'Qaynar xəttə zəng edənlər (müraciətdən sonra)',
      criminal_case: 'Təqsirləndirilənlərin adları (qəti hökmdən sonra)',
      notification: 'Bildirişlər (yaradılandan sonra)',
    },
    save: 'Yadda saxla',
    plan: 'İndi icra olunsa nə ediləcək',
    due: 'Anonimləşdiriləcək şəxslər',
    held: 'Saxlanılan şəxslər',
    hotlineContacts: 'Anonimləşdiriləcək qaynar xətt müraciətləri',
    defendants: 'Silinəcək təqsirləndirilən adları',
    notifications: 'Silinəcək bildirişlər',
    codes: 'Kodlar',
    none: 'Yoxdur',
    hold: {
      open_case: 'qəti hökm çıxarılmamış cinayət işi',
      open_stay: 'bitməmiş sığınacaq qalması',
      legal_hold: 'hüquqi saxlama',
    },
    holds: 'Hüquqi saxlamalar',
    holdCode: 'Şəxsin kodu',
    holdReason: 'Səbəb',
    addHold: 'Saxla',
    release: 'Azad et',
    noHolds: 'Heç bir şəxs saxlanılmır.',
    releaseTitle: '{{code}} üzrə saxlama götürülsün?',
    releaseMessage:
      'Saxlama müddəti qaydaları və silinmə bu şəxsə yenidən tətbiq olunur: müddəti bitibsə, növbəti gecə işində kimliyi məhv edilə bilər.',
  },
  subjectRequests: {
    title: 'Məlumat subyektinin sorğuları',
    intro:
      'Şəxsin qanuni sorğusunu cavablandırın: onun haqqında saxlanılan hər şeyi ixrac edin və ya onu tanıdan məlumatı silin. Hər ikisi istinadınızla audit jurnalına yazılır.',
    code: 'Şəxsin kodu',
    reference: 'Sorğunun istinadı',
    referenceHelp: 'Reyestrinizdəki istinad, məsələn DPO-2026/17. Yalnız hərflər, rəqəmlər və . _ / -.',
    basis: 'Silinmənin hüquqi əsası',
    bases: {
      no_longer_necessary: 'Artıq lazım deyil',
      consent_withdrawn: 'Razılıq geri götürülüb',
      objection: 'Etiraz',
      unlawful_processing: 'Qanunsuz emal',
      legal_obligation: 'Hüquqi öhdəlik',
    },
    export: 'Saxlanılan hər şeyi ixrac et',
    erase: 'Sil',
    erased: '{{code}} silindi. Şəxsin kimliyi yoxdur; statistik göstəricilər saylarını saxlayır.',
    confirmTitle: '{{code}} silinsin?',
    confirmMessage:
      'Bu şəxsi tanıdan məlumatlar (ad, doğum tarixi, əlaqə məlumatları, sənədlər, sərbəst qeydlər) «{{basis}}» əsasında birdəfəlik məhv edilir. Bunu geri qaytarmaq olmaz. Statistik göstəricilər saylarını saxlayır, audit jurnalı isə sizin istinadınızla bu silinməni qeyd edir.',
    confirmErase: 'Birdəfəlik sil',
  },
};
