/** English words of the prevention tables and dimensions (merged into statistics-labels-en.ts). */
const awareness =
  'awareness-raising activities held in the period, by the day each was held (not when it was recorded), by any body; each activity counts once, under its main audience and main channel';
const places =
  'Number of distinct places (cities and districts of the configured list, and "abroad") where at least one awareness-raising activity was held in the period, by the day it was held; a place with several activities counts once. So "65 activities in 60 cities and districts" is the total of the activities table and of this one';
const trainings =
  'trainings of officials that began in the period, by their first day (not when they were recorded)';
const participation =
  'one record per training of officials that began in the period (by its first day) and body type with at least one participant from it: a training attended by police and prosecutors counts once in each row, so the rows do not add up to trainings';
const hotline =
  'contacts with the hotline (calls, messages, visits) made on a local day in the period, each once, whatever the caller said about themselves';
const result =
  'what the contact led to in the referral mechanism by the end of the period: a person linked to it (directly, or through the potential-case alert it created) identified as a victim; else such a person referred (a referral sent); else an alert or a person linked and nothing further yet; else no link';

export const preventionLabelsEn = {
  tables: {
    'awareness_activities.audience_channel': {
      title: 'Awareness-raising activities, by audience and channel',
      definition: `Number of ${awareness}.`,
    },
    'awareness_activities.region_audience': {
      title: 'Awareness-raising activities, by region and audience',
      definition: `Number of ${awareness}; by the economic region of its place as recorded with the activity.`,
    },
    'awareness_activities.reach': {
      title: 'People reached by awareness-raising activities, by audience and channel',
      definition: `Sum of the people reached, as the organiser recorded them (an estimate for broadcasts and online campaigns), over ${awareness}; activities without a recorded reach add nothing.`,
    },
    'places_reached.region': {
      title: 'Cities and districts reached by awareness-raising activities, by region',
      definition: `${places}. By the economic region the place had when its first activity of the period was recorded.`,
    },
    'official_trainings.topic': {
      title: 'Trainings of officials, by topic',
      definition: `Number of ${trainings}, by their main topic, each once whoever attended.`,
    },
    'training_participation.body_topic': {
      title: 'Trainings of officials, by body trained and topic',
      definition: `Number of trainings by the body type of their participants: ${participation}. A body type with no training is a zero in its row (the TIP report's "did not provide anti-trafficking training for its diplomatic personnel").`,
    },
    'training_participation.participants': {
      title: 'Officials trained, by body and topic',
      definition: `Sum of the participants from each body type over ${participation}. An official who attended two trainings counts twice: these are participations, not persons.`,
    },
    'training_planned_bodies.body_given': {
      title: 'Body types the action plan requires to train, trained or not',
      definition:
        'Number of body types that an activity of an action plan in force during the period (its first to its last year) names for training, each once per period, by whether at least one training that began in the period had participants of that body type.',
    },
    'oversight_activities.kind': {
      title: 'Demand reduction and recruitment oversight, by kind',
      definition:
        'Number of inspections of recruitment agencies and workplaces, demand-reduction campaigns and other measures against demand carried out in the period, by the day each took place.',
    },
    'oversight_activities.inspections': {
      title: 'Inspections carried out, by kind of oversight',
      definition:
        'Sum of the inspections recorded with each oversight activity carried out in the period (by the day it took place); a campaign may record none.',
    },
    'oversight_activities.sanctioned': {
      title: 'Employers and agencies sanctioned, by kind of oversight',
      definition:
        'Sum of the employers or recruitment agencies fined, suspended or closed as a result of the oversight activities carried out in the period, by the day each took place.',
    },
    'hotline_contacts.outcome_result': {
      title: 'Hotline contacts, by outcome and what they led to',
      definition: `Number of ${hotline}, by the furthest step the hotline took (information given, referred to an organisation, potential-case alert created, emergency passed to the police, no action) and by ${result}.`,
    },
    'hotline_contacts.topic_outcome': {
      title: 'Hotline contacts, by topic and outcome',
      definition: `Number of ${hotline}, by the main topic of the contact and the furthest step the hotline took.`,
    },
    'plan_activities_due.status_responsible': {
      title: 'Action plan activities due, by status and responsible body',
      definition:
        'Number of activities of the national action plans whose deadline falls in the period, by their status at the end of the period (or today, if earlier): done by the deadline, done after it, late (the deadline has passed and no progress report said "done"), not yet due; by the type of the body answering for it.',
    },
    'plan_indicator_years.status': {
      title: 'Action plan indicators, by status against their target',
      definition:
        'Number of indicators of the national action plans with a target for a year in the period (placed on 1 January of that year), by whether the value entered for that year meets the target (at least the target, or at most it for a ceiling), misses it, or has not been entered. Indicators computed from these statistics are counted apart: the plan shows their status, computed when it is opened.',
    },
    'recommendation_years.status_source': {
      title: 'Recommendations, by status and source',
      definition:
        "Number of recommendations (of the TIP report, GRETA, UN treaty bodies or the country's own evaluation) with a status recorded for a year in the period (placed on 1 January of that year), by that status and by their source.",
    },
  },
  dimensions: {
    awareness_audience: {
      label: 'Audience',
      values: {
        citizens_going_abroad: 'Citizens going abroad',
        foreign_migrant_workers: 'Foreign migrant workers',
        children_and_students: 'Children and students',
        employers: 'Employers',
        vulnerable_groups: 'Vulnerable groups',
        general_public: 'The general public',
      },
    },
    awareness_channel: {
      label: 'Channel',
      values: {
        event: 'Event',
        poster: 'Posters',
        video: 'Video clips',
        broadcast: 'Television or radio',
        online: 'Online',
        other: 'Other',
      },
    },
    prevention_region: {
      label: 'Region',
      values: {
        baku: 'Baku',
        absheron_khizi: 'Absheron-Khizi',
        mountainous_shirvan: 'Mountainous Shirvan',
        ganja_dashkasan: 'Ganja-Dashkasan',
        karabakh: 'Karabakh',
        gazakh_tovuz: 'Gazakh-Tovuz',
        guba_khachmaz: 'Guba-Khachmaz',
        lankaran_astara: 'Lankaran-Astara',
        central_aran: 'Central Aran',
        mil_mughan: 'Mil-Mughan',
        shaki_zagatala: 'Shaki-Zagatala',
        east_zangezur: 'East Zangezur',
        shirvan_salyan: 'Shirvan-Salyan',
        nakhchivan: 'Nakhchivan',
        abroad: 'Abroad',
      },
    },
    training_topic: {
      label: 'Topic',
      values: {
        identification: 'Identification of victims',
        trauma_informed_interviewing: 'Trauma-informed interviewing',
        victim_assistance: 'Assistance to victims',
        investigation_prosecution: 'Investigation and prosecution',
        labour_exploitation: 'Labour exploitation',
        child_trafficking: 'Child trafficking',
        referral_mechanism: 'Referral mechanism',
        other: 'Other',
      },
    },
    trained_body: {
      label: 'Body trained',
      values: {
        police: 'Police',
        border_guards: 'Border guards',
        prosecutors: 'Prosecutors',
        judges: 'Judges',
        labour_inspectors: 'Labour inspectors',
        migration_officers: 'Migration officers',
        diplomats: 'Diplomats and consular staff',
        social_workers: 'Social workers',
        health_workers: 'Health workers',
        teachers: 'Teachers',
        ngo_staff: 'NGO staff',
        other_officials: 'Other officials',
      },
    },
    training_given: {
      label: 'Training in the period',
      values: { trained: 'Trained', not_trained: 'Not trained' },
    },
    oversight_kind: {
      label: 'Kind',
      values: {
        recruitment_agency_inspection: 'Inspection of a recruitment agency',
        workplace_inspection: 'Workplace inspection',
        demand_reduction_campaign: 'Demand-reduction campaign',
        other_demand_measure: 'Other measure against demand',
      },
    },
    hotline_outcome: {
      label: 'Outcome',
      values: {
        information_given: 'Information given',
        referred_to_organisation: 'Referred to an organisation',
        alert_created: 'Potential-case alert created',
        emergency_to_police: 'Emergency passed to the police',
        no_action: 'No action',
      },
    },
    hotline_topic: {
      label: 'Topic',
      values: {
        working_abroad: 'Working abroad',
        labour_exploitation: 'Labour exploitation',
        sexual_exploitation: 'Sexual exploitation',
        missing_person: 'Missing person',
        visa_migration: 'Visas and migration',
        other: 'Other',
      },
    },
    hotline_result: {
      label: 'Led to',
      values: {
        victim_identified: 'A victim identified',
        person_referred: 'A person referred',
        linked_only: 'An alert or a person, no further step yet',
        no_link: 'No link',
      },
    },
    plan_activity_status: {
      label: 'Status',
      values: {
        done_on_time: 'Done on time',
        done_late: 'Done late',
        late: 'Late',
        not_yet_due: 'Not yet due',
      },
    },
    indicator_status: {
      label: 'Status',
      values: {
        on_target: 'On target',
        off_target: 'Off target',
        no_value: 'No value entered',
        computed: 'Computed from these statistics',
      },
    },
    recommendation_status: {
      label: 'Status',
      values: {
        not_started: 'Not started',
        in_progress: 'In progress',
        partly_implemented: 'Partly implemented',
        implemented: 'Implemented',
      },
    },
    recommendation_source: {
      label: 'Source',
      values: {
        tip_report: 'TIP report',
        greta: 'GRETA',
        treaty_body: 'UN treaty body',
        own_evaluation: "The country's own evaluation",
      },
    },
  },
} as const;
