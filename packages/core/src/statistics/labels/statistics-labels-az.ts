import type { OrganisationType } from '../../organisations/organisation-types.ts';
import { glossary, glossaryLabel } from '../glossary/glossary.ts';
import type { StatisticsLabels } from '../statistics-labels.ts';
import type { CompleteStatisticsLabels } from './complete-statistics-labels.ts';
import { preventionLabelsAz } from './prevention-labels-az.ts';
import { prosecutionLabelsAz } from './prosecution-labels-az.ts';
import { protectionLabelsAz } from './protection-labels-az.ts';

// Glossary terms (one word per concept across the narrative, the tables and the web app).
const sex = glossary.sex.az;
const identity = glossary.identity.az;

// Same wording as the web's organisationTypes (packages/web/src/i18n/az.ts).
const organisationTypes: Record<OrganisationType, string> = {
  police: 'Polis',
  prosecution: 'Prokurorluq',
  court: 'Məhkəmə',
  migration_service: 'Miqrasiya xidməti',
  labour_inspectorate: 'Əmək müfəttişliyi',
  child_protection: 'Uşaq müdafiəsi',
  victim_assistance_centre: 'Zərərçəkmişlərə yardım mərkəzi',
  shelter: 'Sığınacaq',
  ngo: 'Qeyri-hökumət təşkilatı',
  hotline: 'Qaynar xətt',
  coordinator: 'Milli koordinator',
  international_organisation: 'Beynəlxalq təşkilat',
  other_public_body: 'Digər dövlət orqanı',
  system_operator: 'Sistem operatoru',
};

const identified =
  'Hazırkı statusu «müəyyən edilib» olan şəxslərin sayı; şəxs hər hansı orqanın ilk «müəyyən edilib» qərarının tarixinə düşən dövrdə sayılır, QHT-lərin müəyyən etdikləri də daxildir. İdxal edilmiş CTDC verilənlər toplusunda: toplunun qurban qeydləri, qeydiyyat ilinə (yearOfRegistration) görə.';
const decisionsDue =
  'Müəyyən edilmə barədə ilk qərarın son tarixi (ilk «ehtimal olunan qurban» skrininqindən sonra iş günləri ilə hesablanan müddət) bu dövrə düşən şəxslərin sayı';
const referrals = 'Yönləndirmələrin sayı; yönləndirmə göndərildiyi dövrdə sayılır';
const victims = 'Müəyyən edilmiş qurbanlar';

export const statisticsLabelsAz: StatisticsLabels = {
  tables: {
    'persons_screened.sex_age': {
      title: `Skrininqdən keçmiş şəxslər, ${sex} və yaşa görə`,
      definition:
        'İnsan alveri əlamətlərinə görə skrininqdən keçmiş şəxslərin sayı; şəxs nəticəsindən asılı olmayaraq ilk skrininqinin tarixinə düşən dövrdə sayılır.',
    },
    'persons_presumed.sex_age': {
      title: `Ehtimal olunan qurbanlar, ${sex} və yaşa görə`,
      definition:
        'Skrininqin nəticəsi «ehtimal olunan qurban» olan şəxslərin sayı; şəxs belə nəticəli ilk skrininqinin tarixinə düşən dövrdə sayılır.',
    },
    'victims_identified.sex_age': { title: `${victims}, ${sex} və yaşa görə`, definition: identified },
    'victims_identified.exploitation_age': {
      title: `${victims}, istismar forması və yaşa görə`,
      definition: identified,
    },
    'victims_identified.nationality_sex': {
      title: `${victims}, vətəndaşlıq və ${sex}ə görə`,
      definition: identified,
    },
    'victims_identified.scope_sex': {
      title: `${victims}, daxili və ya transmilli alver və ${sex}ə görə`,
      definition: identified,
    },
    'victims_identified.body_sex': {
      title: `${victims}, müəyyən edən orqan və ${sex}ə görə`,
      definition: identified,
    },
    'victims_identified.band_sex': {
      title: `${victims}, yaş intervalı və ${sex}ə görə`,
      definition: identified,
    },
    'victims_identified.consent_age': {
      title: `${victims}, məlumat paylaşmağa razılıq və yaşa görə`,
      definition: identified,
    },
    'decisions_due.timeliness_age': {
      title: 'Müddəti çatmış müəyyən edilmə barədə ilk qərarlar, vaxtında olma və yaşa görə',
      definition: `${decisionsDue}, qərarın son tarixədək (vaxtında), ondan sonra qəbul edilməsinə və ya son tarixdən sonra hələ də olmamasına (gecikmə ilə), yaxud son tarixin hələ çatmamasına (gözlənilir) görə.`,
    },
    'decisions_due.outcome_age': {
      title: 'Müddəti çatmış müəyyən edilmə barədə ilk qərarlar, nəticə və yaşa görə',
      definition: `${decisionsDue}, şəxsin ilk qərardan sonrakı statusuna görə (qərar hələ yoxdursa, «qərar yoxdur»).`,
    },
    'decisions_due.median_days': {
      title: 'Ehtimal olunan qurbandan ilk qərara qədər günlər (median), yaşa görə',
      definition:
        'İlk «ehtimal olunan qurban» skrininqindən müəyyən edilmə barədə ilk qərara qədər günlərin medianı; ilk qərarının son tarixi bu dövrə düşən və qərarı qəbul edilmiş şəxslər üzrə.',
    },
    'referrals_sent.sender_recipient': {
      title: 'Göndərilmiş yönləndirmələr, göndərən və qəbul edən təşkilata görə',
      definition: `${referrals}, göndərən və qəbul edən təşkilatın növünə görə.`,
    },
    'referrals_sent.recipient_status': {
      title: 'Göndərilmiş yönləndirmələr, qəbul edən təşkilat və hazırkı statusa görə',
      definition: `${referrals}, qəbul edən təşkilatın növünə və yönləndirmənin bugünkü statusuna görə.`,
    },
    'referrals_sent.recipient_timeliness': {
      title: 'Göndərilmiş yönləndirmələr, qəbul edən təşkilat və cavabın vaxtında olmasına görə',
      definition: `${referrals}, alanın yönləndirməni cavab müddəti bitənədək (vaxtında) və ya ondan sonra (gecikmə ilə) qəbul və ya rədd etməsinə, müddət keçdiyi halda cavab verməməsinə (vaxtı keçib), hələ vaxtının olmasına (gözlənilir) və ya yönləndirmənin cavabdan əvvəl geri götürülməsinə görə.`,
    },
    'referrals_sent.median_days': {
      title: 'Yönləndirməyə cavab günləri (median), qəbul edən təşkilata görə',
      definition:
        'Yönləndirmənin göndərilməsindən qəbul və ya rədd edilməsinə qədər günlərin medianı; bu dövrdə göndərilmiş və cavablandırılmış yönləndirmələr üzrə.',
    },
    'referrals_sent.identity_basis_recipient': {
      title: `Göndərilmiş yönləndirmələr, ${identity}nın ötürülmə əsası və alan təşkilatın növünə görə`,
      definition: `${referrals}, şəxsin ${identity}nın alana razılıq, uşaq qaydası, audit jurnalına yazılan istisna əsasında ötürülməsinə və ya ümumiyyətlə ötürülməməsinə görə.`,
    },
    ...prosecutionLabelsAz.tables,
    ...protectionLabelsAz.tables,
    ...preventionLabelsAz.tables,
  },
  dimensions: {
    sex: {
      label: glossaryLabel('sex', 'az'),
      values: { female: 'Qadın', male: 'Kişi', other: 'Digər gender', unknown: 'Məlum deyil' },
    },
    age_group: { label: 'Yaş', values: { adult: 'Yetkin', child: 'Uşaq', unknown: 'Məlum deyil' } },
    age_band: {
      label: 'Yaş intervalı',
      values: {
        '0-8': '0-8',
        '9-17': '9-17',
        '18-20': '18-20',
        '21-23': '21-23',
        '24-26': '24-26',
        '27-29': '27-29',
        '30-38': '30-38',
        '39-47': '39-47',
        '48+': '48 və yuxarı',
        unknown: 'Məlum deyil',
      },
    },
    exploitation: {
      label: 'İstismar forması',
      values: {
        sexual: glossaryLabel('sexualExploitation', 'az'),
        labour: glossaryLabel('labourExploitation', 'az'),
        sexual_and_labour: 'Cinsi və əmək istismarı',
        other: 'Digər formalar',
        unknown: 'Məlum deyil',
      },
    },
    nationality: {
      label: 'Vətəndaşlıq',
      values: { domestic: 'Ölkə vətəndaşları', foreign: 'Xarici vətəndaşlar', unknown: 'Məlum deyil' },
    },
    trafficking_scope: {
      label: 'Daxili və ya transmilli',
      values: { internal: 'Daxili', transnational: 'Transmilli', unknown: 'Məlum deyil' },
    },
    identifying_body: {
      label: 'Müəyyən edən orqan',
      values: { state: 'Dövlət orqanı', ngo: 'Yalnız qeyri-hökumət təşkilatı' },
    },
    decision_outcome: {
      label: 'Qərar',
      values: {
        identified: 'Qurban kimi müəyyən edilib',
        not_victim: 'Qurban deyil',
        none: 'Hələ qərar yoxdur',
      },
    },
    decision_timeliness: {
      label: 'Qərarın vaxtında olması',
      values: {
        on_time: 'Vaxtında',
        late: 'Gecikmə ilə və ya qəbul edilməyib',
        pending: 'Müddəti hələ çatmayıb',
      },
    },
    sender_type: { label: 'Göndərən təşkilat', values: organisationTypes },
    recipient_type: { label: 'Qəbul edən təşkilat', values: organisationTypes },
    responsible_type: { label: 'Məsul orqan', values: organisationTypes },
    referral_status: {
      label: 'Yönləndirmənin statusu',
      values: {
        sent: 'Göndərilib, cavab yoxdur',
        accepted: 'Qəbul edilib',
        declined: 'Rədd edilib',
        completed: 'Tamamlanıb',
        withdrawn: 'Geri götürülüb',
      },
    },
    response_timeliness: {
      label: 'Cavabın vaxtında olması',
      values: {
        on_time: 'Vaxtında',
        late: 'Gecikmə ilə',
        overdue: 'Vaxtı keçib',
        pending: 'Gözlənilir',
        withdrawn_unanswered: 'Cavabdan əvvəl geri götürülüb',
      },
    },
    identity_basis: {
      label: `${glossaryLabel('identity', 'az')}nın ötürülmə əsası`,
      values: {
        consent: 'Razılıq',
        child_rule: 'Uşaq qaydası',
        override: 'Razılıq olmadan, səbəblə (audit)',
        not_shared: 'Ötürülməmişdir',
      },
    },
    consent: { label: 'Məlumat paylaşmağa razılıq', values: { recorded: 'Qeydə alınıb', none: 'Yoxdur' } },
    ...prosecutionLabelsAz.dimensions,
    ...protectionLabelsAz.dimensions,
    ...preventionLabelsAz.dimensions,
  },
  layout: {
    total: 'Cəmi',
    change: 'Dəyişiklik',
    suppressed: 'x',
    suppressedNote: 'Məxfiliyin qorunması üçün göstərilmir.',
    medianDays: 'Median, gün',
    count: 'Say',
    sum: 'Cəmi',
    median: 'Median qiyməti',
    units: {
      days: 'gün',
      months: 'ay',
      nights: 'çarpayı-gecə',
      amount: 'məbləğ',
      persons: 'nəfər',
      inspections: 'yoxlama',
      employers: 'işəgötürən',
    },
  },
} satisfies CompleteStatisticsLabels;
