import { buildIloEc2009List, type IloEcTable } from './build-ilo-ec-2009-list.ts';
import { iloEc2009ChildLabourTable } from './ilo-ec-2009-child-labour.ts';
import { listNotes, reviewReasons } from './ilo-ec-2009-review-notes.ts';

/**
 * Children, sexual exploitation. docs/standards/indicators.md says the children's lists raise threats
 * of violence, debt bondage and abduction to strong, and that the labour one has no weak tier; so
 * this list has the child-labour strong and medium items and keeps as weak the items that are weak
 * for adults. Check the items and strengths against the publication before shipping.
 */
export const iloEc2009ChildSexualTable: IloEcTable = {
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
    strong: ['violence_on_victim', 'abduction', 'debt_bondage', 'threat_of_violence'],
    medium: [
      'confiscation_of_documents',
      'isolation',
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
    strong: [
      'confiscation_of_documents',
      'debt_bondage',
      'isolation',
      'violence_on_victim',
      'threat_of_violence',
    ],
    medium: [
      'forced_illicit_activity',
      'forced_tasks_or_clients',
      'forced_against_peers',
      'forced_to_lie',
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

export const iloEc2009ChildSexual = buildIloEc2009List({
  population: 'child',
  exploitation: 'sexual',
  table: iloEc2009ChildSexualTable,
  basis: { status: 'derived', from: 'ilo-ec-2009-child-labour', fromTable: iloEc2009ChildLabourTable },
  note: listNotes.childSexual,
  review: {
    'coercion_at_destination.forced_tasks_or_clients': reviewReasons.strongInSexualLists,
    'exploitative_conditions.excessive_hours': reviewReasons.noStrongInSexualLists,
  },
});
