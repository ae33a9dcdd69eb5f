import { describe, expect, it } from 'vitest';
import { DomainError } from '../support/errors.ts';
import { addOrganisation, createTestDeps } from '../testing/test-deps.ts';
import { provisionUser } from './provision-user.ts';

// `opennrm user create` and the first administrator (OPENNRM_ADMIN_PASSWORD) both come here.
describe('provisionUser: the password rule holds for the operator too', () => {
  it.each([
    ['aaaaaaaaaaaa', 'trivial'],
    ['password1234', 'common'],
    ['ops@ministry.gov.az', 'contains_email'],
  ])('refuses %s (%s) and creates no one', async (password, reason) => {
    const deps = createTestDeps();
    const org = await addOrganisation(deps, 'system_operator', 'Operator');
    const input = {
      email: 'ops@ministry.gov.az',
      displayName: 'Operations',
      organisationId: org.id,
      roles: ['system_administrator' as const],
      password,
    };
    const error = await provisionUser(deps, input, 'first_start').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).details).toMatchObject({ fields: { password: reason } });
    expect(await deps.store.users.findByEmail('ops@ministry.gov.az')).toBeUndefined();
    await expect(
      provisionUser(deps, { ...input, password: 'a-long-first-password' }, 'cli'),
    ).resolves.toBeDefined();
  });
});
