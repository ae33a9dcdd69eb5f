import { buildIloEc2009List, type IloEcTable } from './build-ilo-ec-2009-list.ts';
import { listNotes, reviewReasons } from './ilo-ec-2009-review-notes.ts';

/**
 * Adults, labour exploitation: exactly the list given in docs/standards/indicators.md. The other
 * three ILO/EC lists are written as differences from this table, so it is the one to check first
 * against the publication.
 */
export const iloEc2009AdultLabourTable: IloEcTable = {
  deceptive_recruitment: {
    strong: ['nature_of_job'],
    medium: [
      'conditions_of_work',
      'contract',
      'family_reunification',
      'housing',
      'legal_documents',
      'travel',
      'wages',
      'marriage_or_adoption',
    ],
    weak: ['education'],
  },
  coercive_recruitment: {
    strong: ['violence_on_victim'],
    medium: [
      'abduction',
      'confiscation_of_documents',
      'debt_bondage',
      'isolation',
      'threat_of_violence',
      'threat_to_denounce',
      'threat_to_inform_family',
      'violence_on_family',
      'withholding_of_money',
    ],
  },
  recruitment_abuse_of_vulnerability: {
    medium: [
      'difficult_family_situation',
      'irregular_status',
      'lack_of_education',
      'lack_of_information',
      'control_by_exploiters',
      'economic_reasons',
      'false_information_law',
      'false_information_migration',
      'family_situation',
      'personal_situation',
      'emotional_dependency',
      'relationship_with_authorities',
      'past_difficulties',
      'difficulty_organising_travel',
    ],
    weak: ['cultural_or_religious_beliefs', 'general_context'],
  },
  exploitative_conditions: {
    strong: ['excessive_hours'],
    medium: [
      'bad_living_conditions',
      'hazardous_work',
      'low_or_no_pay',
      'labour_law_not_respected',
      'no_social_protection',
      'very_bad_working_conditions',
      'wage_manipulation',
    ],
    weak: ['no_access_to_education'],
  },
  coercion_at_destination: {
    strong: ['confiscation_of_documents', 'debt_bondage', 'isolation', 'violence_on_victim'],
    medium: [
      'forced_illicit_activity',
      'forced_tasks_or_clients',
      'forced_against_peers',
      'forced_to_lie',
      'threat_of_violence',
      'threat_to_denounce',
      'threat_of_worse_conditions',
      'under_strong_influence',
      'violence_on_family',
      'withholding_of_wages',
    ],
    weak: ['threat_to_inform_family'],
  },
  abuse_of_vulnerability_at_destination: {
    medium: [
      'dependency_on_exploiters',
      'unknown_area',
      'economic_reasons',
      'family_situation',
      'relationship_with_authorities',
    ],
    weak: ['past_difficulties', 'personal_characteristics'],
  },
};

export const iloEc2009AdultLabour = buildIloEc2009List({
  population: 'adult',
  exploitation: 'labour',
  table: iloEc2009AdultLabourTable,
  basis: { status: 'unverified' },
  note: listNotes.adultLabour,
  review: {
    'recruitment_abuse_of_vulnerability.past_difficulties': reviewReasons.outOfAlphabeticalOrder,
    'recruitment_abuse_of_vulnerability.difficulty_organising_travel': reviewReasons.outOfAlphabeticalOrder,
  },
});
