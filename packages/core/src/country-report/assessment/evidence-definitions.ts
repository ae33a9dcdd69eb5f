import { ref, type StatisticRef } from '../submission-template.ts';
import type { EvidenceDefinition } from './assessment-evidence.ts';
import { preventionEvidence } from './prevention-evidence.ts';

/** Evidence read from the annual report's cells (summed). */
export type TableEvidence = EvidenceDefinition & { refs: readonly StatisticRef[] };
/** Evidence counted from the action plan records (collect-assessment-figures.ts). */
export type RecordEvidence = EvidenceDefinition & { record: true };

const zero = (current: number) => current === 0;
const some = (current: number) => current > 0;
const cases = 'criminal_cases.exploitation_complicity';

export const tableEvidence: readonly TableEvidence[] = [
  {
    key: 'investigations',
    label: {
      en: 'Investigations (criminal cases opened)',
      az: 'Açılmış cinayət işləri',
      ru: 'Возбуждённые уголовные дела',
    },
    direction: 'higher_better',
    source: cases,
    refs: [ref(cases)],
  },
  {
    key: 'prosecutions',
    label: {
      en: 'Prosecutions (defendants charged)',
      az: 'İttiham elan edilmiş təqsirləndirilən şəxslər',
      ru: 'Обвиняемые, которым предъявлено обвинение',
    },
    direction: 'higher_better',
    source: 'defendants_charged.exploitation_kind',
    refs: [ref('defendants_charged.exploitation_kind')],
    weakness: {
      when: zero,
      finding: {
        en: 'No prosecutions are recorded for the period: the TIP report presumes a government that gives no prosecution data is not vigorous.',
        az: 'Dövr üzrə heç bir cinayət təqibi qeydə alınmamışdır: TIP hesabatı cinayət təqibi barədə məlumat verməyən hökumətin səylərini qətiyyətli hesab etmir.',
        ru: 'За период не учтено ни одного уголовного преследования: доклад TIP исходит из того, что правительство, не предоставившее таких данных, не действует решительно.',
      },
      recommendation: {
        en: 'Record every prosecution of trafficking offences and report the total.',
        az: 'İnsan alveri cinayətləri üzrə hər bir cinayət təqibini qeydə almaq və ümumi sayı barədə məlumat vermək.',
        ru: 'Учитывать каждое уголовное преследование за торговлю людьми и сообщать общее число.',
      },
    },
  },
  {
    key: 'convictions',
    label: { en: 'Convictions', az: 'Məhkum edilmiş şəxslər', ru: 'Осуждённые' },
    direction: 'higher_better',
    source: 'defendants_judged.verdict_exploitation',
    refs: [ref('defendants_judged.verdict_exploitation', 'convicted')],
  },
  {
    key: 'prison_sentences',
    label: {
      en: 'Sentenced to prison',
      az: 'Azadlıqdan məhrum etmə cəzası almış şəxslər',
      ru: 'Приговорённые к лишению свободы',
    },
    direction: 'higher_better',
    source: 'sentences.kind_history',
    refs: [ref('sentences.kind_history', 'prison')],
  },
  {
    key: 'lenient_sentences',
    label: {
      en: 'Suspended sentences, fines only, and sentences reduced on appeal',
      az: 'Şərti cəzalar, yalnız cərimələr və apellyasiyada yüngülləşdirilmiş cəzalar',
      ru: 'Условные сроки, только штрафы и приговоры, смягчённые при обжаловании',
    },
    direction: 'lower_better',
    source: 'sentences.kind_history',
    // Every sentence without prison time, and prison terms reduced on appeal (each once).
    refs: [
      ref('sentences.kind_history', 'suspended'),
      ref('sentences.kind_history', 'fine_only'),
      ref('sentences.kind_history', 'other_non_custodial'),
      ref('sentences.kind_history', 'prison', 'reduced'),
    ],
    weakness: {
      when: some,
      finding: {
        en: 'Lenient sentences: some convicted traffickers served no prison time or had their sentence reduced.',
        az: 'Yüngül cəzalar: məhkum edilmiş bəzi insan alverçiləri azadlıqdan məhrum edilməmiş və ya onların cəzası yüngülləşdirilmişdir.',
        ru: 'Мягкие приговоры: часть осуждённых торговцев людьми не лишена свободы или получила смягчённое наказание.',
      },
      recommendation: {
        en: 'Sentence convicted traffickers with dissuasive penalties, including time in prison.',
        az: 'Məhkum edilmiş insan alverçilərinə, o cümlədən azadlıqdan məhrum etmə ilə, çəkindirici cəzalar təyin etmək.',
        ru: 'Назначать осуждённым торговцам людьми сдерживающие наказания, включая лишение свободы.',
      },
    },
  },
  {
    key: 'complicity_cases',
    label: {
      en: 'Cases involving public officials',
      az: 'Vəzifəli şəxslərin iştirakı ilə cinayət işləri',
      ru: 'Дела с участием должностных лиц',
    },
    direction: 'higher_better',
    source: cases,
    refs: [ref(cases, null, 'official_involved')],
  },
  {
    key: 'complicity_convictions',
    label: {
      en: 'Public officials convicted',
      az: 'Məhkum edilmiş vəzifəli şəxslər',
      ru: 'Осуждённые должностные лица',
    },
    direction: 'higher_better',
    source: 'defendants_judged.verdict_complicity',
    refs: [ref('defendants_judged.verdict_complicity', 'convicted', 'official_involved')],
    weakness: {
      when: (current, figures) => current === 0 && (figures.get('complicity_cases') ?? 0) > 0,
      finding: {
        en: 'Cases of official complicity were opened, but no official was convicted.',
        az: 'Vəzifəli şəxslərin iştirakı ilə cinayət işləri açılmış, lakin heç bir vəzifəli şəxs məhkum edilməmişdir.',
        ru: 'Дела о соучастии должностных лиц возбуждены, но ни одно должностное лицо не осуждено.',
      },
      recommendation: {
        en: 'Vigorously investigate and prosecute officials allegedly complicit in trafficking.',
        az: 'İnsan alverində iştirakda şübhəli bilinən vəzifəli şəxsləri qətiyyətlə araşdırmaq və cinayət məsuliyyətinə cəlb etmək.',
        ru: 'Решительно расследовать дела должностных лиц, предположительно причастных к торговле людьми, и привлекать их к ответственности.',
      },
    },
  },
  {
    key: 'victims_identified',
    label: { en: 'Victims identified', az: 'Müəyyən edilmiş qurbanlar', ru: 'Идентифицированные жертвы' },
    direction: 'higher_better',
    source: 'victims_identified.sex_age',
    refs: [ref('victims_identified.sex_age')],
  },
  {
    key: 'citizens_exploited_inside',
    label: {
      en: 'Citizens identified as victims of internal trafficking',
      az: 'Daxili insan alverinin qurbanı kimi müəyyən edilmiş vətəndaşlar',
      ru: 'Граждане, идентифицированные как жертвы внутренней торговли людьми',
    },
    direction: 'higher_better',
    source: 'victims_identified.scope_sex',
    refs: [ref('victims_identified.scope_sex', 'internal')],
    weakness: {
      when: zero,
      finding: {
        en: 'No citizen exploited inside the country was identified as a victim.',
        az: 'Ölkə daxilində istismar edilmiş heç bir vətəndaş qurban kimi müəyyən edilməmişdir.',
        ru: 'Ни один гражданин, эксплуатировавшийся внутри страны, не идентифицирован как жертва.',
      },
      recommendation: {
        en: 'Strengthen the identification of citizens subjected to trafficking within the country.',
        az: 'Ölkə daxilində insan alverinə məruz qalmış vətəndaşların müəyyən edilməsini gücləndirmək.',
        ru: 'Усилить выявление граждан, ставших жертвами торговли людьми внутри страны.',
      },
    },
  },
  {
    key: 'persons_assisted',
    label: { en: 'Persons receiving services', az: 'Xidmət almış şəxslər', ru: 'Получившие услуги' },
    direction: 'higher_better',
    source: 'persons_assisted.cooperation_standing',
    refs: [ref('persons_assisted.cooperation_standing')],
  },
  {
    key: 'assisted_not_cooperating',
    label: {
      en: 'Persons assisted who chose not to cooperate with law enforcement',
      az: 'Hüquq-mühafizə orqanları ilə əməkdaşlıq etməməyi seçmiş, yardım almış şəxslər',
      ru: 'Получившие помощь лица, решившие не сотрудничать с правоохранительными органами',
    },
    direction: 'higher_better',
    source: 'persons_assisted.cooperation_standing',
    refs: [ref('persons_assisted.cooperation_standing', 'not_willing')],
  },
  {
    key: 'restricted_shelter_stays',
    label: {
      en: 'Shelter stays without freedom to leave',
      az: 'Sərbəst çıxış imkanı olmayan sığınacaqda qalmalar',
      ru: 'Пребывания в приютах без права свободно выходить',
    },
    direction: 'lower_better',
    source: 'shelter_stays.operator_movement',
    refs: [ref('shelter_stays.operator_movement', null, 'restricted')],
    weakness: {
      when: some,
      finding: {
        en: 'Victims stayed in shelters they could not leave freely.',
        az: 'Qurbanlar sərbəst tərk edə bilmədikləri sığınacaqlarda qalmışlar.',
        ru: 'Жертвы находились в приютах, которые не могли свободно покидать.',
      },
      recommendation: {
        en: 'Let victims leave shelters freely and provide safe accommodation regardless of cooperation with law enforcement.',
        az: 'Qurbanlara sığınacağı sərbəst tərk etmək imkanı vermək və hüquq-mühafizə orqanları ilə əməkdaşlıqdan asılı olmayaraq təhlükəsiz yaşayış yeri təmin etmək.',
        ru: 'Позволить жертвам свободно покидать приюты и предоставлять безопасное жильё независимо от сотрудничества с правоохранительными органами.',
      },
    },
  },
  {
    key: 'ngo_funding',
    label: {
      en: 'Funding allocated to NGOs for victim assistance',
      az: 'Qurbanlara yardım üçün qeyri-hökumət təşkilatlarına ayrılmış vəsait',
      ru: 'Средства, выделенные неправительственным организациям на помощь жертвам',
    },
    direction: 'higher_better',
    source: 'funding_allocated.recipient_source',
    refs: [ref('funding_allocated.recipient_source', 'ngo', 'state_budget')],
    weakness: {
      when: zero,
      finding: {
        en: 'The government provided no funding to NGOs that assist victims.',
        az: 'Hökumət qurbanlara yardım göstərən qeyri-hökumət təşkilatlarına heç bir vəsait ayırmamışdır.',
        ru: 'Правительство не выделило средств неправительственным организациям, помогающим жертвам.',
      },
      recommendation: {
        en: 'Provide adequate and consistent funding to NGOs that assist victims.',
        az: 'Qurbanlara yardım göstərən qeyri-hökumət təşkilatlarını kifayət qədər və davamlı maliyyələşdirmək.',
        ru: 'Обеспечить достаточное и стабильное финансирование неправительственных организаций, помогающих жертвам.',
      },
    },
  },
  {
    key: 'victims_penalised',
    label: { en: 'Victims penalised', az: 'Cəzalandırılmış qurbanlar', ru: 'Наказанные жертвы' },
    direction: 'lower_better',
    source: 'victims_penalised.penalty_sex',
    refs: [ref('victims_penalised.penalty_sex')],
    weakness: {
      when: some,
      finding: {
        en: 'Victims were penalised for acts they were compelled to commit.',
        az: 'Qurbanlar məcbur edildikləri əməllərə görə cəzalandırılmışlar.',
        ru: 'Жертвы подвергались наказанию за действия, совершённые по принуждению.',
      },
      recommendation: {
        en: 'Ensure victims are not penalised for unlawful acts traffickers compelled them to commit.',
        az: 'Qurbanların insan alverçilərinin məcbur etdiyi qanunsuz əməllərə görə cəzalandırılmamasını təmin etmək.',
        ru: 'Обеспечить, чтобы жертвы не наказывались за противоправные действия, к которым их принудили торговцы людьми.',
      },
    },
  },
  {
    key: 'forced_returns',
    label: {
      en: 'Victims deported or removed',
      az: 'Deportasiya və ya çıxarılmış qurbanlar',
      ru: 'Депортированные или выдворенные жертвы',
    },
    direction: 'lower_better',
    source: 'returns.kind_standing',
    refs: [ref('returns.kind_standing', 'deportation'), ref('returns.kind_standing', 'removal')],
    weakness: {
      when: some,
      finding: {
        en: 'Presumed or identified victims were deported or removed.',
        az: 'Ehtimal olunan və ya müəyyən edilmiş qurbanlar deportasiya edilmiş və ya ölkədən çıxarılmışdır.',
        ru: 'Предполагаемые или идентифицированные жертвы были депортированы или выдворены.',
      },
      recommendation: {
        en: 'Offer foreign victims legal alternatives to removal, including residence permits.',
        az: 'Xarici qurbanlara ölkədən çıxarılmaya hüquqi alternativlər, o cümlədən yaşayış icazəsi təklif etmək.',
        ru: 'Предоставлять иностранным жертвам правовые альтернативы выдворению, включая вид на жительство.',
      },
    },
  },
  {
    key: 'reflection_periods',
    label: {
      en: 'Recovery and reflection periods granted',
      az: 'Verilmiş bərpa və düşünmə müddətləri',
      ru: 'Предоставленные периоды восстановления и размышления',
    },
    direction: 'higher_better',
    source: 'reflection_periods.standing',
    refs: [ref('reflection_periods.standing')],
  },
  {
    key: 'residence_permits',
    label: {
      en: 'Residence permits granted to victims',
      az: 'Qurbanlara verilmiş yaşayış icazələri',
      ru: 'Виды на жительство, выданные жертвам',
    },
    direction: 'higher_better',
    source: 'residence_permits.type_status',
    refs: [ref('residence_permits.type_status', null, 'granted')],
  },
  {
    key: 'compensation_ordered',
    label: {
      en: 'Compensation ordered, national currency',
      az: 'Təyin edilmiş kompensasiya, milli valyutada',
      ru: 'Присуждённая компенсация, в национальной валюте',
    },
    direction: 'higher_better',
    source: 'sentences.compensation_ordered',
    refs: [ref('sentences.compensation_ordered')],
  },
  ...preventionEvidence,
];
