/** The roles a user can hold. A user may hold several; permissions are the union. */
export const roles = [
  'system_administrator',
  'national_coordinator',
  'case_worker',
  'investigator',
  'prosecutor',
  'shelter_manager',
  'hotline_operator',
  /** Reports the national action plan's progress for their own body. */
  'plan_owner',
  'auditor',
  /** Keeps the budget lines, allocations and disbursements of victim assistance; sees amounts. */
  'finance_officer',
  /** The designated integrity unit: cases of official complicity (policy/case-access-policy.ts). */
  'integrity_officer',
] as const;

export type Role = (typeof roles)[number];

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
