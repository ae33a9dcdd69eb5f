import type { Actor, RequestMeta } from './actor.ts';

/**
 * The one identity of the command line: every `opennrm` command that acts uses it, so the
 * authorization policy (policy/grants.ts `operatorGrants`) and the audit trail see one operator,
 * never a borrowed role or a made-up user. Its ids are not uuids on purpose: were a use case ever
 * to store one as a user or an organisation, the database would refuse it.
 */
export function operatorActor(): Actor {
  return {
    kind: 'operator',
    userId: 'command-line-operator',
    organisationId: 'command-line-operator',
    organisationType: 'system_operator',
    roles: [],
    credentialId: 'cli',
  };
}

/** The request of a command: which command, no address. */
export function operatorRequest(command: string): RequestMeta {
  return { requestId: 'cli', clientIp: null, userAgent: command };
}
