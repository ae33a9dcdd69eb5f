import type { OrganisationType } from '../organisations/organisation-types.ts';
import type { OperatorType } from './protection-vocabulary.ts';

/**
 * The usual operator type of an organisation type, used when a record does not say. A
 * `shelter` organisation is most often an NGO; a state-run one is registered with `state`.
 */
export function operatorTypeOf(type: OrganisationType): OperatorType {
  if (type === 'ngo' || type === 'hotline' || type === 'shelter') return 'ngo';
  if (type === 'international_organisation') return 'international_organisation';
  return 'state';
}
