import type { Deps } from '../context.ts';
import type { User } from '../model.ts';
import { secondFactorRequired } from '../policy/second-factor-policy.ts';

export interface SecondFactorStatus {
  /** The user's roles require one (OPENNRM_SECOND_FACTOR). */
  required: boolean;
  enrolled: boolean;
  recoveryCodesLeft: number;
}

/** What the profile and the forced enrolment screen show about the user's own second factor. */
export async function getSecondFactorStatus(
  deps: Pick<Deps, 'store' | 'security'>,
  user: Pick<User, 'id' | 'roles'>,
): Promise<SecondFactorStatus> {
  const factor = await deps.store.secondFactors.get(user.id);
  const enrolled = Boolean(factor?.confirmedAt);
  return {
    required: secondFactorRequired(user.roles, deps.security),
    enrolled,
    recoveryCodesLeft: enrolled ? await deps.store.secondFactors.countUnusedRecoveryCodes(user.id) : 0,
  };
}
