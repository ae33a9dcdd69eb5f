import type { Role } from '../auth/roles.ts';
import type { Locale } from '../model.ts';

export interface NewUserInput {
  email: string;
  displayName: string;
  organisationId: string;
  roles: Role[];
  password: string;
  locale?: Locale;
}

export interface UserChanges {
  displayName?: string;
  organisationId?: string;
  roles?: Role[];
  active?: boolean;
  locale?: Locale;
}
