import type { prosecutionLabelsEn } from './prosecution-labels-en.ts';

/** The prosecution figures' words in Azerbaijani. */
export const prosecutionLabelsAz: typeof prosecutionLabelsEn = {
  tables: {
    'criminal_cases.exploitation_complicity': {
      title: 'Cinayət işləri (istintaq) istismar formasına və vəzifəli şəxslərin iştirakına görə',
      definition:
        'Dövr ərzində başlanmış cinayət işlərinin sayı (işin başlandığı gün), işdə göstərilən istismar formalarına görə; vəzifəli şəxsin iştirakı: iş dövlət qulluqçusunun iştirakı ilə qeyd edilib və ya təqsirləndirilən şəxslərdən biri dövlət qulluqçusudur.',
    },
    'criminal_cases.opening_body': {
      title: 'Cinayət işləri (istintaq) işi başlayan orqana görə',
      definition:
        'Dövr ərzində başlanmış cinayət işlərinin sayı (işin başlandığı gün), işi başlayan orqana görə.',
    },
    'suspects_investigated.exploitation_kind': {
      title: 'İstintaq edilən şübhəlilər',
      definition:
        'İnsan alveri və ya məcburi əmək maddəsi üzrə cinayət işində şübhəli şəxslərin (fiziki şəxs və ya şirkət) sayı, şübhəli olduqları dövr ərzində hesablanır.',
    },
    'defendants_charged.exploitation_kind': {
      title: 'Cinayət təqibi: ittiham irəli sürülən şəxslər və şirkətlər',
      definition:
        'İttiham irəli sürülən təqsirləndirilən şəxslərin (fiziki şəxs və ya şirkət) sayı, ittihamın irəli sürüldüyü gün olan dövr ərzində hesablanır.',
    },
    'defendants_charged.complicity_sex': {
      title: 'Dövlət qulluqçularının iştiraka görə cinayət təqibi',
      definition:
        'Dövr ərzində ittiham irəli sürülən təqsirləndirilən şəxslərin sayı (ittiham günü), təqsirləndirilənin dövlət qulluqçusu olub-olmamasına görə.',
    },
    'defendants_judged.verdict_exploitation': {
      title: 'Məhkumetmə və bəraət hökmləri',
      definition:
        'İlk hökmü (və ya işin xitam edilməsi) dövr ərzində olan təqsirləndirilən şəxslərin sayı, cari hökmə görə: apellyasiyada dəyişdirilmiş hökm yeni hökm kimi, lakin ilk hökmün dövründə hesablanır.',
    },
    'defendants_judged.verdict_complicity': {
      title: 'Dövlət qulluqçularına qarşı hökmlər',
      definition:
        'İlk hökmü dövr ərzində olan təqsirləndirilən şəxslərin sayı, cari hökmə və təqsirləndirilənin dövlət qulluqçusu olub-olmamasına görə.',
    },
    'sentences.kind_history': {
      title: 'Azadlıqdan məhrumetmə, şərti cəzalar və cərimələr',
      definition:
        'İlk cəzası dövr ərzində təyin edilmiş məhkumların sayı, son cəzanın növünə görə (apellyasiyada dəyişdirilmiş və ya azaldılmış cəza yekun cəza kimi hesablanır; sütunlar neçəsinin azaldıldığını göstərir).',
    },
    'sentences.band_history': {
      title: 'Cəzalar',
      definition:
        'İlk cəzası dövr ərzində təyin edilmiş məhkum edilənlərin sayı, son cəzaya görə (apellyasiyada dəyişdirilmiş və ya azaldılmış cəza yekun cəza kimi hesablanır; sütunlar neçəsinin azaldıldığını göstərir). Aralıqlar aşağı həddən yuxarı həddədək (yuxarı hədd daxil deyil).',
    },
    'sentences.median_months': {
      title: 'Azadlıqdan məhrumetmə müddətinin medianı',
      definition:
        'İlk cəzası dövr ərzində təyin edilmiş məhkumların çəkəcəyi azadlıqdan məhrumetmə aylarının median sayı (şərti cəzalar istisna olmaqla), son cəzaya görə.',
    },
    'sentences.compensation_ordered': {
      title: 'Qurbanlara təyin edilmiş kompensasiya',
      definition:
        'İlk cəzası dövr ərzində təyin edilmiş şəxslərin son hökmlərində qurbanlara ödənilməsi təyin edilmiş kompensasiyanın cəmi, milli valyutada.',
    },
    'sentences.compensation_paid': {
      title: 'Qurbanlara ödənilmiş kompensasiya',
      definition:
        'İlk cəzası dövr ərzində təyin edilmiş şəxslərin son hökmləri üzrə qurbanlara ödənildiyi qeydə alınmış kompensasiyanın cəmi, milli valyutada.',
    },
    'compensation_payments.exploitation': {
      title: 'Dövr ərzində qurbanlara ödənilmiş kompensasiya',
      definition:
        'Məhkum edilmiş şəxslərin hökmləri üzrə qurbanlara edilmiş kompensasiya ödənişlərinin cəmi; hər ödəniş, hökmün nə vaxt çıxarılmasından asılı olmayaraq, ödənildiyi günün dövründə sayılır, milli valyutada.',
    },
    'cases_pending.stage_exploitation': {
      title: 'Dövrün sonunda icraatda olan işlər',
      definition:
        'Dövrün sonunadək başlanmış və dövrün sonunda ən azı bir təqsirləndirilən barədə hökm çıxarılmamış (və ya heç kim müəyyən edilməmiş) cinayət işlərinin sayı, dövrün son günü vəziyyətinə; məhkəmədə: kiməsə ittiham irəli sürülüb.',
    },
    'administrative_measures.measure': {
      title: 'İştirakçı vəzifəli şəxslərə qarşı inzibati tədbirlər',
      definition:
        'Təqsirləndirilən dövlət qulluqçularına qarşı qərar verilmiş inzibati tədbirlərin (işdən azad etmə, vəzifədən kənarlaşdırma və s.) sayı, qərar günü olan dövr ərzində hesablanır.',
    },
    'victims_testified.role_sex': {
      title: 'İfadə vermiş qurbanlar',
      definition:
        'Cinayət işində ifadə vermiş qurbanların sayı, hər qurban və iş üçün bir, ifadə verdikləri gün olan dövr ərzində hesablanır.',
    },
    'victims_penalised.penalty_sex': {
      title: 'Məcbur edildikləri əməllərə görə cəzalandırılmış qurbanlar',
      definition:
        'Müəyyən edilmiş və ya ehtimal olunan qurbanların məcbur edildikləri əməllərə görə həbs edilməsi, cərimələnməsi, təqib edilməsi və ya deportasiya olunması hallarının sayı, baş verdiyi gün olan dövr ərzində hesablanır.',
    },
  },
  dimensions: {
    complicity: {
      label: 'Vəzifəli şəxsin iştirakı',
      values: { official_involved: 'Dövlət qulluqçusu iştirak edib', none: 'Vəzifəli şəxs iştirak etməyib' },
    },
    case_opening_body: {
      label: 'İşi başlayan orqan',
      values: {
        police_anti_trafficking: 'Polisin insan alverinə qarşı bölməsi',
        police_other: 'Digər polis bölməsi',
        prosecutor: 'Prokuror',
        labour_inspectorate_referral: 'Əmək müfəttişliyinin müraciəti',
        other: 'Digər orqan',
      },
    },
    defendant_kind: {
      label: 'Təqsirləndirilən',
      values: { natural_person: 'Fiziki şəxslər', company: 'Şirkətlər' },
    },
    verdict: {
      label: 'Hökm',
      values: {
        convicted: 'Məhkum edilib',
        acquitted: 'Bəraət alıb',
        dismissed: 'Rədd edilib',
        closed: 'İşə xitam verilib',
      },
    },
    sentence_kind: {
      label: 'Cəzanın növü',
      values: {
        prison: 'Azadlıqdan məhrumetmə',
        suspended: 'Şərti cəza',
        fine_only: 'Yalnız cərimə',
        other_non_custodial: 'Digər, azadlıqdan məhrumetməsiz',
      },
    },
    sentence_band: {
      label: 'Cəza',
      values: {
        under_1: 'Azadlıqdan məhrumetmə, 1 ildən az',
        '1_3': 'Azadlıqdan məhrumetmə, 1-3 il',
        '3_6': 'Azadlıqdan məhrumetmə, 3-6 il',
        '6_8': 'Azadlıqdan məhrumetmə, 6-8 il',
        '8_10': 'Azadlıqdan məhrumetmə, 8-10 il',
        over_10: 'Azadlıqdan məhrumetmə, 10 il və çox',
        suspended: 'Şərti cəza',
        fine_only: 'Yalnız cərimə',
        other_non_custodial: 'Digər, azadlıqdan məhrumetməsiz',
      },
    },
    sentence_history: {
      label: 'Apellyasiyada cəza',
      values: {
        as_pronounced: 'İlk təyin edildiyi kimi',
        reduced: 'Azaldılıb və ya yüngülü ilə əvəz edilib',
        replaced: 'Əvəz edilib, yüngülləşdirilməyib',
      },
    },
    pending_stage: {
      label: 'Dövrün sonunda mərhələ',
      values: { investigation: 'İstintaq', court: 'Məhkəmədə' },
    },
    administrative_measure: {
      label: 'Tədbir',
      values: {
        dismissal: 'İşdən azad etmə',
        suspension: 'Vəzifədən kənarlaşdırma',
        demotion: 'Vəzifənin aşağı salınması',
        reprimand: 'Töhmət',
        other: 'Digər',
      },
    },
    victim_penalty: {
      label: 'Cəza tədbiri',
      values: {
        arrested: 'Həbs edilib',
        fined: 'Cərimələnib',
        prosecuted: 'Cinayət təqibinə məruz qalıb',
        deported: 'Deportasiya edilib',
      },
    },
    victim_role: { label: 'İşdə rolu', values: { victim: 'Qurban', victim_witness: 'Qurban-şahid' } },
  },
};
