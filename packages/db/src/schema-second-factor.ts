export interface UserSecondFactorsTable {
  user_id: string;
  secret_sealed: string;
  confirmed_at: Date | null;
  last_used_step: number | null;
  created_at: Date;
}

export interface UserRecoveryCodesTable {
  user_id: string;
  code_hash: string;
  used_at: Date | null;
  created_at: Date;
}

export interface SignInChallengesTable {
  id: string;
  user_id: string;
  token_hash: string;
  created_at: Date;
  expires_at: Date;
}

/** An account at an OpenID provider linked to a local user (migration 0035). */
export interface UserExternalIdentitiesTable {
  issuer: string;
  subject: string;
  user_id: string;
  created_at: Date;
  last_signed_in_at: Date | null;
}

export interface SecondFactorTables {
  user_external_identities: UserExternalIdentitiesTable;
  user_second_factors: UserSecondFactorsTable;
  user_recovery_codes: UserRecoveryCodesTable;
  sign_in_challenges: SignInChallengesTable;
}
