import type { IndicatorList } from './indicator-list.ts';
import { iloEc2009AdultLabour } from './lists/ilo-ec-2009-adult-labour.ts';
import { iloEc2009AdultSexual } from './lists/ilo-ec-2009-adult-sexual.ts';
import { iloEc2009ChildLabour } from './lists/ilo-ec-2009-child-labour.ts';
import { iloEc2009ChildSexual } from './lists/ilo-ec-2009-child-sexual.ts';
import { iloForcedLabour2012 } from './lists/ilo-forced-labour-2012.ts';

export {
  iloEc2009AdultLabour,
  iloEc2009AdultSexual,
  iloEc2009ChildLabour,
  iloEc2009ChildSexual,
  iloForcedLabour2012,
};

/** The defaults every installation starts with (docs/standards/indicators.md); a country adds its own. */
export const shippedIndicatorLists: readonly IndicatorList[] = [
  iloEc2009AdultLabour,
  iloEc2009AdultSexual,
  iloEc2009ChildLabour,
  iloEc2009ChildSexual,
  iloForcedLabour2012,
];

/** The shipped list with this key, or undefined; a stored screening names its list by key. */
export function findShippedIndicatorList(key: string): IndicatorList | undefined {
  return shippedIndicatorLists.find((list) => list.key === key);
}
