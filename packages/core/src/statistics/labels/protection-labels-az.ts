import { currencyLabels } from '../narrative/protection/currency-words.ts';

/** Müdafiə cədvəllərinin və ölçülərinin azərbaycanca sözləri (statistics-labels-az.ts-ə daxildir). */
const standing =
  'şəxsin dövrün sonundakı vəziyyəti: dövr bitməzdən əvvəl dövlət orqanının qərarı ilə qurban kimi tanınıb; yalnız qeyri-hökumət təşkilatları tərəfindən tanınıb; qurban olmadığı qərara alınıb; ehtimal olunan qurbandır (hələ qərar yoxdur)';
const servicesBase =
  'Hər şəxs və xidmət növü üçün bir qeyd: dövrdə həmin növ xidməti ən azı bir dəfə almış şəxs (qeyd olunduğu gün deyil, göstərildiyi gün üzrə) neçə dəfə xidmət göstərilməsindən asılı olmayaraq sətirdə bir dəfə sayılır; bir neçə növ xidmət almış şəxs hər öz sətrində sayılır, ona görə sətirlərin cəmi şəxslərin sayına bərabər deyil. Həm ehtimal olunan, həm də tanınmış qurbanlar sayılır';
const services = `${servicesBase}; sütunlar — ${standing}.`;
const allowances =
  'Dövrdə pul müavinəti ödənilmiş şəxslər (ödəniş günü üzrə), neçə ödəniş olmasından asılı olmayaraq hər biri bir dəfə; məbləğ onların dövr ərzindəki müavinətlərinin cəmidir. Yalnız milli valyutada (müdafiə ayarlarında təyin olunur) qeyd olunmuş müavinətlər sayılır.';
const stays =
  'Dövrdə başlamış sığınacaqda qalmalar (qeyd günü deyil, qəbul günü üzrə), ehtimal olunan və tanınmış qurbanlar; iki dəfə qəbul olunmuş şəxs iki dəfə sayılır.';

export const protectionLabelsAz = {
  tables: {
    'person_services.service_standing': {
      title: 'Yardım almış şəxslər, xidmət növü və qurban statusu üzrə',
      definition: services,
    },
    'person_services.service_provider': {
      title: 'Yardım almış şəxslər, xidmət növü və xidmət göstərən üzrə',
      definition: `${servicesBase}; sütunlar — dövrdə ilk belə xidməti göstərmiş təşkilatın növü.`,
    },
    'persons_assisted.cooperation_standing': {
      title: 'Yardım almış şəxslər, hüquq-mühafizə orqanları ilə əməkdaşlıq barədə seçimlərinə görə',
      definition: `Dövrdə ən azı bir xidmət almış şəxslər (göstərildiyi gün üzrə), hər biri bir dəfə, dövr bitməzdən əvvəl qeyd olunmuş sonuncu seçimlərinə görə (razıdır, razı deyil, soruşulmayıb, qeyd olunmayıb). Heç bir xidmət bu seçimdən asılı deyil; «razı deyil» əməkdaşlıq etmədən yardım almış şəxsləri göstərir. Sütunlar — ${standing}.`,
    },
    'allowances_paid.provider_standing': {
      title: 'Müavinət almış şəxslər, ödəyən və qurban statusu üzrə',
      definition: `${allowances} Sütunlar — ${standing}.`,
    },
    'allowances_paid.total': {
      title: 'Ödənilmiş müavinətlər, ödəyən üzrə ümumi məbləğ',
      definition: `${allowances} Göstərici milli valyutada məbləğlərin cəmidir.`,
    },
    'allowances_paid.median': {
      title: 'Ödənilmiş müavinətlər, ödəyən üzrə bir şəxsə düşən median məbləğ',
      definition: `${allowances} Göstərici hər şəxsin cəminin milli valyutada medianıdır.`,
    },
    'allowance_payments.provider': {
      title: 'Müavinət ödənişləri, ödəyən üzrə',
      definition:
        'Dövrdə edilmiş pul müavinəti ödənişləri (ödəniş günü üzrə), hər biri bir dəfə (iki dəfə ödəniş almış şəxs iki dəfə sayılır), yalnız milli valyutada; ödəyən təşkilatın növünə görə.',
    },
    'shelter_stays.operator_movement': {
      title: 'Sığınacaqda qalmalar, idarə edən və hərəkət azadlığı üzrə',
      definition: `${stays} Sığınacağı kimin idarə etdiyinə və sakinlərin oradan sərbəst çıxa bilib-bilmədiyinə görə.`,
    },
    'shelter_stays.bed_nights': {
      title: 'Sığınacaqlarda çarpayı-gecələr, idarə edən və hərəkət azadlığı üzrə',
      definition: `${stays} Göstərici qəbuldan çıxışa qədər, dövrün sonunda davam edən qalma üçün isə dövrün sonuna qədər olan gecələrin sayıdır.`,
    },
    'shelter_stays.group_end': {
      title: 'Sığınacaqda qalmalar, sakin qrupu və qalmanın necə bitməsi üzrə',
      definition: `${stays} Yerin tutulduğu qrupa və dövrün sonunda qalmanın davam edib-etmədiyinə və ya niyə bitdiyinə görə.`,
    },
    'reflection_periods.standing': {
      title: 'Verilmiş bərpa və düşünmə müddətləri',
      definition: `Dövrdə başlamış bərpa və düşünmə müddətləri (ən azı 30 gün, Avropa Şurası Konvensiyasının 13-cü maddəsi), ilk günü üzrə; vəziyyət: ${standing}.`,
    },
    'residence_permits.type_status': {
      title: 'Əcnəbi qurbanlar üçün yaşayış icazələri, növ və nəticə üzrə',
      definition:
        'Dövrdə verilmiş yaşayış icazəsi ərizələri (ərizə günü üzrə), icazənin növünə və dövrün sonundakı vəziyyətinə görə (baxılır, verilib, imtina edilib).',
    },
    'returns.kind_standing': {
      title: 'Geri qayıtmalar, növ və qurban statusu üzrə',
      definition: `Dövrdə baş vermiş geri qayıtmalar (günü üzrə): əcnəbi qurbanların köməklə könüllü qayıdışı, vətəndaşların xaricdən repatriasiyası, deportasiya və ya çıxarılma (bu barədə milli koordinator xəbərdar edilir); vəziyyət: ${standing}.`,
    },
    'funding_allocated.recipient_source': {
      title: 'Qurbanlara yardıma ayrılmış vəsait, alan və mənbə üzrə',
      definition:
        'Dövrdə qurbanlara yardımın büdcə maddələrindən təşkilatlara ayrılmış vəsait (ayrılma günü üzrə), milli valyutada; QHT-yə qrant da digərləri kimi ayırmadır. Alanın növünə və büdcə maddəsinin mənbəyinə görə.',
    },
    'funding_disbursed.service_recipient': {
      title: 'Qurbanlara yardıma xərclənən vəsait, xidmət və alan üzrə',
      definition:
        'Dövrdə qurbanlara yardım üçün ayırmalardan ödənilmiş vəsaitin cəmi, ödəniş günü üzrə (qeyd olunduğu gün deyil), milli valyutada. Ödənişin göstərdiyi xidmət növünə, o olmadıqda ayırmanın göstərdiyinə, heç biri göstərmədikdə "göstərilməyib"; və ayırmanı alan təşkilatın növünə görə. Dərc olunan görünüşdə arxasında həddən az ödəniş olan cəm gizlədilir.',
    },
    'service_money.service_currency': {
      title: 'Qurbanlara xidmət kimi çatdırılan vəsait, xidmət və valyuta üzrə',
      definition:
        'Dövrdə göstərilmiş xidmətlərdə qeyd olunmuş məbləğlərin cəmi (ödənilmiş müavinətlər və dəyəri qeyd olunmuş hər digər xidmət), göstərildiyi gün üzrə (qeyd olunduğu gün deyil), hər birinin qeyd olunduğu valyutada: hər valyuta üçün bir sütun, valyutalar arasında heç vaxt toplanmır, buna görə xidmətin öz yekunu yoxdur. Ehtimal olunan və tanınmış qurbanlar eyni qaydada. Dərc olunan görünüşdə arxasında həddən az xidmət olan cəm gizlədilir.',
    },
  },
  dimensions: {
    service_type: {
      label: 'Xidmət',
      values: {
        accommodation: 'Yerləşdirmə',
        medical: 'Tibbi yardım',
        psychological: 'Psixoloji dəstək',
        legal_aid: 'Hüquqi yardım',
        interpretation: 'Tərcümə',
        financial_allowance: 'Pul müavinəti',
        job_placement: 'İşlə təminat',
        vocational_training: 'Peşə təhsili',
        education: 'Təhsil',
        family_tracing: 'Ailənin axtarışı',
        assisted_return: 'Qayıdışa kömək',
        reintegration: 'Reinteqrasiya',
        other: 'Digər',
      },
    },
    provider_type: {
      label: 'Xidmət göstərən',
      values: { state: 'Dövlət orqanı', ngo: 'QHT', international_organisation: 'Beynəlxalq təşkilat' },
    },
    victim_standing: {
      label: 'Qurban statusu',
      values: {
        identified_by_state: 'Dövlət tərəfindən tanınıb',
        identified_by_ngo_only: 'Yalnız QHT tərəfindən tanınıb',
        presumed: 'Ehtimal olunan',
        not_victim: 'Qurban deyil',
      },
    },
    cooperation: {
      label: 'Hüquq-mühafizə orqanları ilə əməkdaşlıq',
      values: {
        willing: 'Razıdır',
        not_willing: 'Razı deyil',
        not_asked: 'Soruşulmayıb',
        not_recorded: 'Qeyd olunmayıb',
      },
    },
    operator_type: {
      label: 'İdarə edən',
      values: { state: 'Dövlət orqanı', ngo: 'QHT', international_organisation: 'Beynəlxalq təşkilat' },
    },
    free_movement: { label: 'Sakinlər çıxa bilir', values: { free: 'Sərbəst', restricted: 'Sərbəst deyil' } },
    resident_group: {
      label: 'Sakin qrupu',
      values: { women: 'Qadınlar', men: 'Kişilər', children: 'Uşaqlar', families: 'Ailələr' },
    },
    stay_end: {
      label: 'Qalma',
      values: {
        open: 'Davam edir',
        recovered: 'Bitib: bərpa olunub',
        moved_to_other_provider: 'Bitib: başqa xidmət göstərənə keçib',
        returned_home: 'Bitib: evə qayıdıb',
        left_by_choice: 'Bitib: öz seçimi ilə gedib',
        removed_by_authorities: 'Bitib: hakimiyyət orqanları çıxarıb',
        other: 'Bitib: digər səbəb',
      },
    },
    permit_type: {
      label: 'İcazə',
      values: {
        victim_temporary: 'Müvəqqəti, qurban kimi',
        humanitarian: 'Humanitar',
        permanent: 'Daimi',
        other: 'Digər',
      },
    },
    permit_status: {
      label: 'Nəticə',
      values: { applied: 'Baxılır', granted: 'Verilib', refused: 'İmtina edilib' },
    },
    return_kind: {
      label: 'Geri qayıtma',
      values: {
        assisted_voluntary_return: 'Köməklə könüllü qayıdış',
        repatriation: 'Vətəndaşın repatriasiyası',
        deportation: 'Deportasiya',
        removal: 'Çıxarılma',
      },
    },
    funding_source: {
      label: 'Mənbə',
      values: {
        state_budget: 'Dövlət büdcəsi',
        international_donor: 'Beynəlxalq donor',
        private_donor: 'Özəl donor',
        other: 'Digər',
      },
    },
    funding_recipient: {
      label: 'Alan',
      values: { state: 'Dövlət orqanı', ngo: 'QHT', international_organisation: 'Beynəlxalq təşkilat' },
    },
    spending_service: {
      label: 'Nəyə xərclənib',
      values: {
        accommodation: 'Yerləşdirmə',
        medical: 'Tibbi yardım',
        psychological: 'Psixoloji dəstək',
        legal_aid: 'Hüquqi yardım',
        interpretation: 'Tərcümə',
        financial_allowance: 'Pul müavinəti',
        job_placement: 'İşlə təminat',
        vocational_training: 'Peşə təhsili',
        education: 'Təhsil',
        family_tracing: 'Ailənin axtarışı',
        assisted_return: 'Qayıdışa kömək',
        reintegration: 'Reinteqrasiya',
        other: 'Digər',
        unspecified: 'Göstərilməyib',
      },
    },
    money_currency: {
      label: 'Valyuta',
      // The code with its words, as configured-dimensions.ts labels the country's own order.
      values: currencyLabels('az'),
    },
  },
} as const;
