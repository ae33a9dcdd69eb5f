import type { Locale } from '../../model.ts';

/**
 * The criteria the country is measured against, as data: the US TVPA section 108 minimum
 * standards and indicia (22 U.S.C. 7106) and the Council of Europe Convention's articles GRETA
 * monitors. Each names the evidence (assessment evidence keys) the system reads for it.
 */
export interface Criterion {
  key: string;
  standard: 'tvpa' | 'greta';
  /** Where the criterion is written: "TVPA 108(b)(1)", "CETS 197 art. 13". */
  reference: string;
  title: Record<Locale, string>;
  evidence: readonly string[];
}

export const minimumStandards: readonly Criterion[] = [
  {
    key: 'tvpa.b1_law_enforcement',
    standard: 'tvpa',
    reference: 'TVPA 108(b)(1)',
    title: {
      en: 'Vigorous investigation, prosecution, conviction and sentencing',
      az: 'Qətiyyətli istintaq, cinayət təqibi, məhkumetmə və cəza təyini',
      ru: 'Решительное расследование, уголовное преследование, осуждение и назначение наказания',
    },
    evidence: ['investigations', 'prosecutions', 'convictions', 'prison_sentences', 'lenient_sentences'],
  },
  {
    key: 'tvpa.b7_complicity',
    standard: 'tvpa',
    reference: 'TVPA 108(b)(1), (b)(7)',
    title: {
      en: 'Action against public officials complicit in trafficking',
      az: 'İnsan alverində iştirak edən vəzifəli şəxslərə qarşı tədbirlər',
      ru: 'Меры против должностных лиц, причастных к торговле людьми',
    },
    evidence: ['complicity_cases', 'complicity_convictions', 'diplomats_trained'],
  },
  {
    key: 'tvpa.b2_protection',
    standard: 'tvpa',
    reference: 'TVPA 108(b)(2)',
    title: {
      en: 'Protection of victims: identification, assistance, no penalisation, alternatives to removal',
      az: 'Qurbanların müdafiəsi: müəyyən edilmə, yardım, cəzalandırılmama, ölkədən çıxarılmaya alternativlər',
      ru: 'Защита жертв: идентификация, помощь, ненаказание, альтернативы выдворению',
    },
    evidence: [
      'victims_identified',
      'citizens_exploited_inside',
      'persons_assisted',
      'restricted_shelter_stays',
      'victims_penalised',
      'forced_returns',
      'officials_trained',
    ],
  },
  {
    key: 'tvpa.b3_prevention',
    standard: 'tvpa',
    reference: 'TVPA 108(b)(3)',
    title: {
      en: 'Prevention: public information, labour recruitment oversight',
      az: 'Qarşısının alınması: ictimai maarifləndirmə, əmək miqrasiyası üzrə işə götürmə nəzarəti',
      ru: 'Предотвращение: информирование населения, надзор за трудовым наймом',
    },
    evidence: [
      'awareness_activities',
      'awareness_for_foreigners_and_employers',
      'recruitment_oversight',
      'hotline_contacts',
    ],
  },
  {
    key: 'tvpa.b9_partnerships',
    standard: 'tvpa',
    reference: 'TVPA 108(b)(9)',
    title: {
      en: 'Partnerships with NGOs and international organisations',
      az: 'Qeyri-hökumət və beynəlxalq təşkilatlarla tərəfdaşlıq',
      ru: 'Партнёрство с неправительственными и международными организациями',
    },
    evidence: ['ngo_funding'],
  },
  {
    key: 'tvpa.b10_monitoring',
    standard: 'tvpa',
    reference: 'TVPA 108(b)(10)',
    title: {
      en: 'Systematic monitoring and periodic assessment of its own efforts',
      az: 'Öz səylərinin sistemli monitorinqi və dövri qiymətləndirilməsi',
      ru: 'Систематический мониторинг и периодическая оценка собственных усилий',
    },
    evidence: ['plan_in_force', 'plan_indicators'],
  },
  {
    key: 'tvpa.b11_progress',
    standard: 'tvpa',
    reference: 'TVPA 108(b)(11)',
    title: {
      en: 'Appreciable progress compared with the previous year',
      az: 'Əvvəlki illə müqayisədə nəzərəçarpan irəliləyiş',
      ru: 'Заметный прогресс по сравнению с предыдущим годом',
    },
    evidence: ['investigations', 'prosecutions', 'convictions', 'victims_identified', 'persons_assisted'],
  },
  {
    key: 'tvpa.b12_demand',
    standard: 'tvpa',
    reference: 'TVPA 108(b)(12)',
    title: {
      en: 'Reducing the demand for commercial sex acts and forced labour',
      az: 'Kommersiya seksinə və məcburi əməyə tələbin azaldılması',
      ru: 'Снижение спроса на коммерческие сексуальные услуги и принудительный труд',
    },
    evidence: ['demand_measures'],
  },
  {
    key: 'greta.art10_identification',
    standard: 'greta',
    reference: 'CETS 197 art. 10',
    title: { en: 'Identification of victims', az: 'Qurbanların müəyyən edilməsi', ru: 'Идентификация жертв' },
    evidence: ['victims_identified', 'citizens_exploited_inside'],
  },
  {
    key: 'greta.art12_assistance',
    standard: 'greta',
    reference: 'CETS 197 art. 12(6)',
    title: {
      en: 'Assistance not conditional on acting as a witness',
      az: 'Şahid qismində çıxış etməkdən asılı olmayan yardım',
      ru: 'Помощь, не обусловленная готовностью выступать свидетелем',
    },
    evidence: ['assisted_not_cooperating', 'restricted_shelter_stays'],
  },
  {
    key: 'greta.art13_reflection',
    standard: 'greta',
    reference: 'CETS 197 art. 13',
    title: {
      en: 'Recovery and reflection period',
      az: 'Bərpa və düşünmə müddəti',
      ru: 'Период восстановления и размышления',
    },
    evidence: ['reflection_periods'],
  },
  {
    key: 'greta.art14_residence',
    standard: 'greta',
    reference: 'CETS 197 art. 14',
    title: { en: 'Residence permits', az: 'Yaşayış icazələri', ru: 'Виды на жительство' },
    evidence: ['residence_permits'],
  },
  {
    key: 'greta.art15_compensation',
    standard: 'greta',
    reference: 'CETS 197 art. 15',
    title: {
      en: 'Compensation and legal redress',
      az: 'Kompensasiya və hüquqi müdafiə',
      ru: 'Компенсация и правовая защита',
    },
    evidence: ['compensation_ordered'],
  },
  {
    key: 'greta.art16_return',
    standard: 'greta',
    reference: 'CETS 197 art. 16',
    title: {
      en: 'Repatriation and return of victims',
      az: 'Qurbanların repatriasiyası və qayıdışı',
      ru: 'Репатриация и возвращение жертв',
    },
    evidence: ['forced_returns'],
  },
  {
    key: 'greta.art26_non_punishment',
    standard: 'greta',
    reference: 'CETS 197 art. 26',
    title: { en: 'Non-punishment of victims', az: 'Qurbanların cəzalandırılmaması', ru: 'Ненаказание жертв' },
    evidence: ['victims_penalised'],
  },
];
