/** Qarşısının alınması cədvəllərinin və ölçülərinin azərbaycanca sözləri (statistics-labels-az.ts-ə daxildir). */
const awareness =
  'dövrdə keçirilmiş maarifləndirmə tədbirləri, qeyd olunduğu gün deyil, keçirildiyi gün üzrə, istənilən orqan tərəfindən; hər tədbir əsas auditoriyası və əsas kanalı üzrə bir dəfə sayılır';
const places =
  'Dövrdə ən azı bir maarifləndirmə tədbiri keçirilmiş fərqli yerlərin (tənzimlənən siyahıdakı şəhər və rayonlar, həmçinin "xaricdə") sayı, tədbirin keçirildiyi gün üzrə; bir neçə tədbir keçirilmiş yer bir dəfə sayılır. Beləliklə, "60 şəhər və rayonda 65 tədbir" tədbirlər cədvəlinin və bu cədvəlin yekunlarıdır';
const trainings = 'dövrdə başlamış vəzifəli şəxslərin təlimləri, qeyd olunduğu gün deyil, ilk günü üzrə';
const participation =
  'dövrdə başlamış (ilk günü üzrə) hər təlim və ondan ən azı bir iştirakçısı olan hər orqan növü üçün bir qeyd: polis və prokurorların iştirak etdiyi təlim hər iki sətirdə bir dəfə sayılır, ona görə sətirlərin cəmi təlimlərin sayına bərabər deyil';
const hotline =
  'dövrün yerli günündə qaynar xəttə edilmiş müraciətlər (zənglər, mesajlar, gəlişlər), zəng edənin özü barədə nə dediyindən asılı olmayaraq hər biri bir dəfə';
const result =
  'müraciətin dövrün sonunadək göndəriş mexanizmində nəyə gətirib çıxardığı: ona bağlı şəxs (birbaşa və ya yaratdığı potensial hal barədə xəbərdarlıq vasitəsilə) qurban kimi tanınıb; yoxdursa, belə şəxs göndərilib (göndəriş edilib); yoxdursa, xəbərdarlıq və ya şəxs bağlanıb, hələ başqa addım yoxdur; yoxdursa, bağlantı yoxdur';

export const preventionLabelsAz = {
  tables: {
    'awareness_activities.audience_channel': {
      title: 'Maarifləndirmə tədbirləri, auditoriya və kanal üzrə',
      definition: `Sayı: ${awareness}.`,
    },
    'awareness_activities.region_audience': {
      title: 'Maarifləndirmə tədbirləri, region və auditoriya üzrə',
      definition: `Sayı: ${awareness}; tədbirlə birlikdə qeyd olunmuş yerin iqtisadi rayonu üzrə.`,
    },
    'awareness_activities.reach': {
      title: 'Maarifləndirmə tədbirlərinin əhatə etdiyi insanlar, auditoriya və kanal üzrə',
      definition: `Təşkilatçının qeyd etdiyi kimi (yayım və onlayn kampaniyalar üçün təxmini) əhatə olunmuş insanların cəmi: ${awareness}; əhatəsi qeyd olunmamış tədbirlər heç nə əlavə etmir.`,
    },
    'places_reached.region': {
      title: 'Maarifləndirmə tədbirlərinin əhatə etdiyi şəhər və rayonlar, region üzrə',
      definition: `${places}. Dövrün ilk tədbiri qeyd olunarkən yerin aid olduğu iqtisadi rayon üzrə.`,
    },
    'official_trainings.topic': {
      title: 'Vəzifəli şəxslərin təlimləri, mövzu üzrə',
      definition: `Sayı: ${trainings}, əsas mövzusu üzrə, kimin iştirak etməsindən asılı olmayaraq hər biri bir dəfə.`,
    },
    'training_participation.body_topic': {
      title: 'Vəzifəli şəxslərin təlimləri, təlim keçən orqan və mövzu üzrə',
      definition: `İştirakçılarının orqan növü üzrə təlimlərin sayı: ${participation}. Təlim keçirilməmiş orqan növü öz sətrində sıfırdır (TIP hesabatının "diplomatik heyəti üçün insan alverinə qarşı təlim keçirməyib" ifadəsi).`,
    },
    'training_participation.participants': {
      title: 'Təlim keçmiş vəzifəli şəxslər, orqan və mövzu üzrə',
      definition: `Hər orqan növündən olan iştirakçıların cəmi: ${participation}. İki təlimdə iştirak etmiş vəzifəli şəxs iki dəfə sayılır: bunlar şəxslər deyil, iştiraklardır.`,
    },
    'training_planned_bodies.body_given': {
      title: 'Fəaliyyət planının təlim keçməyi tələb etdiyi orqan növləri, təlim keçib-keçməməsi üzrə',
      definition:
        'Dövr ərzində qüvvədə olan (ilk ilindən son ilinədək) fəaliyyət planının hər hansı tədbirinin təlim üçün adını çəkdiyi orqan növlərinin sayı, hər dövrdə hər biri bir dəfə, dövrdə başlamış ən azı bir təlimdə həmin orqan növündən iştirakçı olub-olmaması üzrə.',
    },
    'oversight_activities.kind': {
      title: 'Tələbatın azaldılması və işə götürmə üzərində nəzarət, növ üzrə',
      definition:
        'Dövrdə həyata keçirilmiş məşğulluq agentliklərinin və iş yerlərinin yoxlamalarının, tələbatın azaldılması kampaniyalarının və tələbata qarşı digər tədbirlərin sayı, hər birinin keçirildiyi gün üzrə.',
    },
    'oversight_activities.inspections': {
      title: 'Aparılmış yoxlamalar, nəzarət növü üzrə',
      definition:
        'Dövrün hər nəzarət tədbiri ilə qeyd olunmuş yoxlamaların cəmi (keçirildiyi gün üzrə); kampaniya heç bir yoxlama qeyd etməyə bilər.',
    },
    'oversight_activities.sanctioned': {
      title: 'Sanksiya tətbiq olunmuş işəgötürənlər və agentliklər, nəzarət növü üzrə',
      definition:
        'Dövrün nəzarət tədbirləri nəticəsində cərimələnmiş, fəaliyyəti dayandırılmış və ya bağlanmış işəgötürənlərin və məşğulluq agentliklərinin cəmi, hər tədbirin keçirildiyi gün üzrə.',
    },
    'hotline_contacts.outcome_result': {
      title: 'Qaynar xəttə müraciətlər, nəticə və gətirib çıxardığı addım üzrə',
      definition: `Sayı: ${hotline}; qaynar xəttin atdığı ən uzaq addım (məlumat verilib, təşkilata yönəldilib, potensial hal barədə xəbərdarlıq yaradılıb, təcili hal polisə ötürülüb, heç bir addım atılmayıb) və ${result} üzrə.`,
    },
    'hotline_contacts.topic_outcome': {
      title: 'Qaynar xəttə müraciətlər, mövzu və nəticə üzrə',
      definition: `Sayı: ${hotline}; müraciətin əsas mövzusu və qaynar xəttin atdığı ən uzaq addım üzrə.`,
    },
    'plan_activities_due.status_responsible': {
      title: 'Vaxtı çatmış fəaliyyət planı tədbirləri, vəziyyət və məsul orqan üzrə',
      definition:
        'Son müddəti dövrə düşən milli fəaliyyət planı tədbirlərinin sayı, dövrün sonundakı (daha tezdirsə, bu günkü) vəziyyəti üzrə: son müddətədək icra olunub, ondan sonra icra olunub, gecikir (son müddət keçib və heç bir irəliləyiş hesabatında "icra olunub" deyilməyib), vaxtı hələ çatmayıb; ona cavabdeh orqanın növü üzrə.',
    },
    'plan_indicator_years.status': {
      title: 'Fəaliyyət planının göstəriciləri, hədəfə nisbətən vəziyyət üzrə',
      definition:
        'Dövrün bir ili üçün hədəfi olan milli fəaliyyət planı göstəricilərinin sayı (həmin ilin 1 yanvarına aid edilir), həmin il üçün daxil edilmiş dəyərin hədəfə çatıb-çatmaması (ən azı hədəf qədər, yuxarı hədd üçün isə ən çox onun qədər) və ya daxil edilməməsi üzrə. Bu statistikadan hesablanan göstəricilər ayrıca sayılır: onların vəziyyətini plan açılarkən hesablayıb göstərir.',
    },
    'recommendation_years.status_source': {
      title: 'Tövsiyələr, vəziyyət və mənbə üzrə',
      definition:
        'Dövrün bir ili üçün vəziyyəti qeyd olunmuş tövsiyələrin (TIP hesabatı, GRETA, BMT müqavilə orqanları və ya ölkənin öz qiymətləndirməsi) sayı (həmin ilin 1 yanvarına aid edilir), həmin vəziyyət və mənbəyi üzrə.',
    },
  },
  dimensions: {
    awareness_audience: {
      label: 'Auditoriya',
      values: {
        citizens_going_abroad: 'Xaricə gedən vətəndaşlar',
        foreign_migrant_workers: 'Xarici əmək miqrantları',
        children_and_students: 'Uşaqlar və tələbələr',
        employers: 'İşəgötürənlər',
        vulnerable_groups: 'Həssas qruplar',
        general_public: 'Geniş ictimaiyyət',
      },
    },
    awareness_channel: {
      label: 'Kanal',
      values: {
        event: 'Tədbir',
        poster: 'Plakatlar',
        video: 'Videoçarxlar',
        broadcast: 'Televiziya və ya radio',
        online: 'Onlayn',
        other: 'Digər',
      },
    },
    prevention_region: {
      label: 'İqtisadi rayon',
      values: {
        baku: 'Bakı',
        absheron_khizi: 'Abşeron-Xızı',
        mountainous_shirvan: 'Dağlıq Şirvan',
        ganja_dashkasan: 'Gəncə-Daşkəsən',
        karabakh: 'Qarabağ',
        gazakh_tovuz: 'Qazax-Tovuz',
        guba_khachmaz: 'Quba-Xaçmaz',
        lankaran_astara: 'Lənkəran-Astara',
        central_aran: 'Mərkəzi Aran',
        mil_mughan: 'Mil-Muğan',
        shaki_zagatala: 'Şəki-Zaqatala',
        east_zangezur: 'Şərqi Zəngəzur',
        shirvan_salyan: 'Şirvan-Salyan',
        nakhchivan: 'Naxçıvan',
        abroad: 'Xaricdə',
      },
    },
    training_topic: {
      label: 'Mövzu',
      values: {
        identification: 'Qurbanların müəyyən edilməsi',
        trauma_informed_interviewing: 'Travmanı nəzərə alan müsahibə',
        victim_assistance: 'Qurbanlara yardım',
        investigation_prosecution: 'İstintaq və cinayət təqibi',
        labour_exploitation: 'Əmək istismarı',
        child_trafficking: 'Uşaq alveri',
        referral_mechanism: 'Göndəriş mexanizmi',
        other: 'Digər',
      },
    },
    trained_body: {
      label: 'Təlim keçən orqan',
      values: {
        police: 'Polis',
        border_guards: 'Sərhədçilər',
        prosecutors: 'Prokurorlar',
        judges: 'Hakimlər',
        labour_inspectors: 'Əmək müfəttişləri',
        migration_officers: 'Miqrasiya əməkdaşları',
        diplomats: 'Diplomatlar və konsul işçiləri',
        social_workers: 'Sosial işçilər',
        health_workers: 'Tibb işçiləri',
        teachers: 'Müəllimlər',
        ngo_staff: 'QHT əməkdaşları',
        other_officials: 'Digər vəzifəli şəxslər',
      },
    },
    training_given: {
      label: 'Dövrdə təlim',
      values: { trained: 'Təlim keçib', not_trained: 'Təlim keçməyib' },
    },
    oversight_kind: {
      label: 'Növ',
      values: {
        recruitment_agency_inspection: 'Məşğulluq agentliyinin yoxlanması',
        workplace_inspection: 'İş yerinin yoxlanması',
        demand_reduction_campaign: 'Tələbatın azaldılması kampaniyası',
        other_demand_measure: 'Tələbata qarşı digər tədbir',
      },
    },
    hotline_outcome: {
      label: 'Nəticə',
      values: {
        information_given: 'Məlumat verilib',
        referred_to_organisation: 'Təşkilata yönəldilib',
        alert_created: 'Potensial hal barədə xəbərdarlıq yaradılıb',
        emergency_to_police: 'Təcili hal polisə ötürülüb',
        no_action: 'Addım atılmayıb',
      },
    },
    hotline_topic: {
      label: 'Mövzu',
      values: {
        working_abroad: 'Xaricdə iş',
        labour_exploitation: 'Əmək istismarı',
        sexual_exploitation: 'Cinsi istismar',
        missing_person: 'İtkin düşmüş şəxs',
        visa_migration: 'Viza və miqrasiya',
        other: 'Digər',
      },
    },
    hotline_result: {
      label: 'Gətirib çıxardığı addım',
      values: {
        victim_identified: 'Qurban tanınıb',
        person_referred: 'Şəxs göndərilib',
        linked_only: 'Xəbərdarlıq və ya şəxs, hələ başqa addım yoxdur',
        no_link: 'Bağlantı yoxdur',
      },
    },
    plan_activity_status: {
      label: 'Vəziyyət',
      values: {
        done_on_time: 'Vaxtında icra olunub',
        done_late: 'Gecikmə ilə icra olunub',
        late: 'Gecikir',
        not_yet_due: 'Vaxtı hələ çatmayıb',
      },
    },
    indicator_status: {
      label: 'Vəziyyət',
      values: {
        on_target: 'Hədəfə çatıb',
        off_target: 'Hədəfə çatmayıb',
        no_value: 'Dəyər daxil edilməyib',
        computed: 'Bu statistikadan hesablanır',
      },
    },
    recommendation_status: {
      label: 'Vəziyyət',
      values: {
        not_started: 'Başlanmayıb',
        in_progress: 'İcra olunur',
        partly_implemented: 'Qismən icra olunub',
        implemented: 'İcra olunub',
      },
    },
    recommendation_source: {
      label: 'Mənbə',
      values: {
        tip_report: 'TIP hesabatı',
        greta: 'GRETA ekspertlər qrupu',
        treaty_body: 'BMT müqavilə orqanı',
        own_evaluation: 'Ölkənin öz qiymətləndirməsi',
      },
    },
  },
} as const;
