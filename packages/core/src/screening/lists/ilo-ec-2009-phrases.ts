import type { LocalizedText } from '../indicator-list.ts';

/**
 * Labels of the ILO/EC operational indicators (2009), one entry per concept, shared by the four
 * lists: the same item (e.g. debt bondage) appears in several dimensions and lists, and one
 * translation per concept keeps the languages consistent. This is a data file, hence longer than
 * usual. The English is a summary of the publication; the Azerbaijani and Russian are OpenNRM's
 * own translations, one term per concept (screening-glossary.ts lists the terms and a test holds
 * every list to them): "recruitment" is "cəlb etmə" / "вербовка" whatever the exploitation, "abuse
 * of" is "sui-istifadə" / "злоупотребление", and "family situation" is "ailə şəraiti" / "семейные
 * обстоятельства" (not "ailə vəziyyəti" / "семейное положение", which on forms mean marital status).
 */
export const iloEcPhrases = {
  // Deceptive recruitment
  nature_of_job: {
    en: 'Deceived about the nature of the job, its location or the employer',
    az: 'İşin xarakteri, yeri və ya işəgötürən barədə aldadılıb',
    ru: 'Обман относительно характера работы, её места или работодателя',
  },
  conditions_of_work: {
    en: 'Deceived about conditions of work',
    az: 'İş şəraiti barədə aldadılıb',
    ru: 'Обман относительно условий труда',
  },
  contract: {
    en: 'Deceived about the content or legality of the work contract',
    az: 'Əmək müqaviləsinin məzmunu və ya qanuniliyi barədə aldadılıb',
    ru: 'Обман относительно содержания или законности трудового договора',
  },
  family_reunification: {
    en: 'Deceived about family reunification',
    az: 'Ailənin birləşdirilməsi barədə aldadılıb',
    ru: 'Обман относительно воссоединения семьи',
  },
  housing: {
    en: 'Deceived about housing and living conditions',
    az: 'Mənzil və yaşayış şəraiti barədə aldadılıb',
    ru: 'Обман относительно жилья и условий проживания',
  },
  legal_documents: {
    en: 'Deceived about legal documents or obtaining legal migration status',
    az: 'Sənədlər və ya qanuni miqrasiya statusunun alınması barədə aldadılıb',
    ru: 'Обман относительно документов или получения законного миграционного статуса',
  },
  travel: {
    en: 'Deceived about travel and recruitment conditions',
    az: 'Səfər və cəlb etmə şərtləri barədə aldadılıb',
    ru: 'Обман относительно условий поездки и вербовки',
  },
  wages: {
    en: 'Deceived about wages or earnings',
    az: 'Əmək haqqı və ya qazanc barədə aldadılıb',
    ru: 'Обман относительно заработной платы или заработка',
  },
  marriage_or_adoption: {
    en: 'Deceived through promises of marriage or adoption',
    az: 'Nikah və ya övladlığa götürmə vədləri ilə aldadılıb',
    ru: 'Обман посредством обещаний брака или усыновления',
  },
  education: {
    en: 'Deceived about access to education',
    az: 'Təhsil imkanları barədə aldadılıb',
    ru: 'Обман относительно доступа к образованию',
  },
  // Coercion, at recruitment and at destination
  violence_on_victim: {
    en: 'Violence on the victim',
    az: 'Qurbana qarşı zorakılıq',
    ru: 'Насилие в отношении жертвы',
  },
  abduction: {
    en: 'Abduction, forced marriage, forced adoption or sale of the victim',
    az: 'Qaçırılma, məcburi nikah, məcburi övladlığa vermə və ya qurbanın satılması',
    ru: 'Похищение, принудительный брак, принудительное усыновление или продажа жертвы',
  },
  confiscation_of_documents: {
    en: 'Confiscation of documents',
    az: 'Sənədlərin əlindən alınması',
    ru: 'Изъятие документов',
  },
  debt_bondage: {
    en: 'Debt bondage',
    az: 'Borc əsarəti',
    ru: 'Долговая кабала',
  },
  isolation: {
    en: 'Isolation, confinement or surveillance',
    az: 'Təcrid, qapalı yerdə saxlanma və ya nəzarət',
    ru: 'Изоляция, удержание взаперти или слежка',
  },
  threat_of_violence: {
    en: 'Threat of violence against the victim',
    az: 'Qurbana qarşı zorakılıq hədəsi',
    ru: 'Угроза насилия в отношении жертвы',
  },
  threat_to_denounce: {
    en: 'Threat to denounce the victim to the authorities',
    az: 'Qurbanı hakimiyyət orqanlarına xəbər vermək hədəsi',
    ru: 'Угроза донести на жертву властям',
  },
  threat_to_inform_family: {
    en: 'Threat to inform family, community or public',
    az: 'Ailəyə, icmaya və ya ictimaiyyətə xəbər vermək hədəsi',
    ru: 'Угроза сообщить семье, общине или общественности',
  },
  violence_on_family: {
    en: 'Violence or threats against the family',
    az: 'Ailəyə qarşı zorakılıq və ya hədələr',
    ru: 'Насилие или угрозы в отношении семьи',
  },
  withholding_of_money: {
    en: 'Withholding of money',
    az: 'Pulun tutulub saxlanılması',
    ru: 'Удержание денег',
  },
  forced_illicit_activity: {
    en: 'Forced into illicit or criminal activity',
    az: 'Qanunsuz və ya cinayət fəaliyyətinə məcbur edilmə',
    ru: 'Принуждение к незаконной или преступной деятельности',
  },
  forced_tasks_or_clients: {
    en: 'Forced tasks or clients',
    az: 'Məcburi tapşırıqlar və ya müştərilər',
    ru: 'Навязанные задания или клиенты',
  },
  forced_against_peers: {
    en: 'Forced to act against peers',
    az: 'Yoldaşlarına qarşı hərəkət etməyə məcbur edilmə',
    ru: 'Принуждение действовать против товарищей',
  },
  forced_to_lie: {
    en: 'Forced to lie to the authorities or the family',
    az: 'Hakimiyyət orqanlarına və ya ailəyə yalan danışmağa məcbur edilmə',
    ru: 'Принуждение лгать властям или семье',
  },
  threat_of_worse_conditions: {
    en: 'Threat of even worse working conditions',
    az: 'Daha da pis iş şəraiti ilə hədələmə',
    ru: 'Угроза ещё худших условий труда',
  },
  under_strong_influence: {
    en: 'Under strong influence',
    az: 'Güclü təsir altında olma',
    ru: 'Нахождение под сильным влиянием',
  },
  withholding_of_wages: {
    en: 'Withholding of wages',
    az: 'Əmək haqqının tutulub saxlanılması',
    ru: 'Удержание заработной платы',
  },
  // Abuse of vulnerability, at recruitment and at destination
  difficult_family_situation: {
    en: 'Abuse of a difficult family situation',
    az: 'Çətin ailə şəraitindən sui-istifadə',
    ru: 'Злоупотребление трудными семейными обстоятельствами',
  },
  irregular_status: {
    en: 'Abuse of irregular status',
    az: 'Qeyri-qanuni statusdan sui-istifadə',
    ru: 'Злоупотребление незаконным статусом',
  },
  lack_of_education: {
    en: 'Abuse of lack of education or of the language',
    az: 'Təhsilsizlikdən və ya dili bilməməkdən sui-istifadə',
    ru: 'Злоупотребление недостатком образования или незнанием языка',
  },
  lack_of_information: {
    en: 'Abuse of lack of information',
    az: 'Məlumatsızlıqdan sui-istifadə',
    ru: 'Злоупотребление недостатком информации',
  },
  control_by_exploiters: {
    en: 'Control by exploiters',
    az: 'İstismarçıların nəzarəti',
    ru: 'Контроль со стороны эксплуататоров',
  },
  economic_reasons: {
    en: 'Economic reasons',
    az: 'İqtisadi səbəblər',
    ru: 'Экономические причины',
  },
  false_information_law: {
    en: 'False information about the law or the attitude of the authorities',
    az: 'Qanun və ya hakimiyyət orqanlarının münasibəti barədə yalan məlumat',
    ru: 'Ложная информация о законе или об отношении властей',
  },
  false_information_migration: {
    en: 'False information about successful migration',
    az: 'Uğurlu miqrasiya barədə yalan məlumat',
    ru: 'Ложная информация об успешной миграции',
  },
  family_situation: {
    en: 'Family situation',
    az: 'Ailə şəraiti',
    ru: 'Семейные обстоятельства',
  },
  personal_situation: {
    en: 'Personal situation',
    az: 'Şəxsi vəziyyət',
    ru: 'Личные обстоятельства',
  },
  emotional_dependency: {
    en: 'Psychological or emotional dependency',
    az: 'Psixoloji və ya emosional asılılıq',
    ru: 'Психологическая или эмоциональная зависимость',
  },
  relationship_with_authorities: {
    en: 'Relationship with the authorities or legal status',
    az: 'Hakimiyyət orqanları ilə münasibət və ya hüquqi status',
    ru: 'Отношения с властями или правовой статус',
  },
  past_difficulties: {
    en: 'Difficulties in the past',
    az: 'Keçmişdə yaşanmış çətinliklər',
    ru: 'Трудности в прошлом',
  },
  difficulty_organising_travel: {
    en: 'Difficulty organising the travel',
    az: 'Səfəri təşkil etməkdə çətinlik',
    ru: 'Трудности с организацией поездки',
  },
  cultural_or_religious_beliefs: {
    en: 'Abuse of cultural or religious beliefs',
    az: 'Mədəni və ya dini inanclardan sui-istifadə',
    ru: 'Злоупотребление культурными или религиозными убеждениями',
  },
  general_context: {
    en: 'General context (for example conflict, disaster, political situation)',
    az: 'Ümumi şərait (məsələn, münaqişə, fəlakət, siyasi vəziyyət)',
    ru: 'Общая обстановка (например, конфликт, бедствие, политическая ситуация)',
  },
  dependency_on_exploiters: {
    en: 'Dependency on exploiters',
    az: 'İstismarçılardan asılılıq',
    ru: 'Зависимость от эксплуататоров',
  },
  unknown_area: {
    en: 'Difficulty living in an unknown area',
    az: 'Tanımadığı yerdə yaşamağın çətinliyi',
    ru: 'Трудности жизни в незнакомой местности',
  },
  personal_characteristics: {
    en: 'Personal characteristics',
    az: 'Şəxsi xüsusiyyətlər',
    ru: 'Личные особенности',
  },
  // Exploitative conditions
  excessive_hours: {
    en: 'Excessive working days or hours',
    az: 'Həddindən artıq uzun iş günləri və ya saatları',
    ru: 'Чрезмерная продолжительность рабочих дней или часов',
  },
  bad_living_conditions: {
    en: 'Bad living conditions',
    az: 'Pis yaşayış şəraiti',
    ru: 'Плохие условия проживания',
  },
  hazardous_work: {
    en: 'Hazardous work',
    az: 'Təhlükəli iş',
    ru: 'Опасная работа',
  },
  low_or_no_pay: {
    en: 'Low or no pay',
    az: 'Aşağı əmək haqqı və ya ödənişin olmaması',
    ru: 'Низкая оплата или её отсутствие',
  },
  labour_law_not_respected: {
    en: 'Labour law or the signed contract not respected',
    az: 'Əmək qanunvericiliyinə və ya imzalanmış müqaviləyə əməl edilməməsi',
    ru: 'Несоблюдение трудового законодательства или подписанного договора',
  },
  no_social_protection: {
    en: 'No social protection (contract, social insurance)',
    az: 'Sosial müdafiənin olmaması (müqavilə, sosial sığorta)',
    ru: 'Отсутствие социальной защиты (договора, социального страхования)',
  },
  very_bad_working_conditions: {
    en: 'Very bad working conditions',
    az: 'Çox pis iş şəraiti',
    ru: 'Очень плохие условия труда',
  },
  wage_manipulation: {
    en: 'Wage manipulation',
    az: 'Əmək haqqı ilə manipulyasiya',
    ru: 'Манипуляции с заработной платой',
  },
  no_access_to_education: {
    en: 'No access to education',
    az: 'Təhsilə çıxışın olmaması',
    ru: 'Отсутствие доступа к образованию',
  },
} satisfies Record<string, LocalizedText>;

export type IloEcConcept = keyof typeof iloEcPhrases;
