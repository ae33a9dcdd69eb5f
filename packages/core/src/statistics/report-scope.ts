import type { Actor } from '../auth/actor.ts';
import { holdsGrant, scopeFor } from '../policy/authorize.ts';
import { forbidden, invalid } from '../support/errors.ts';
import type { ReportScope } from './report-model.ts';

export interface ScopeInput {
  scope?: 'national' | 'region' | 'organisation' | undefined;
  region?: string | undefined;
  organisationId?: string | undefined;
}

/**
 * Whose records the figures may come from. National roles (statistics at `aggregate` or wider)
 * choose any scope; an organisation's own staff see their organisation's figures only — the
 * default for them, and the only thing they may ask for.
 */
export function resolveScope(actor: Actor, input: ScopeInput): ReportScope {
  const granted = scopeFor(actor, 'statistics', 'read');
  if (!granted) throw forbidden();
  const wanted = input.scope ?? (input.organisationId ? 'organisation' : input.region ? 'region' : undefined);
  const national = holdsGrant(actor, 'statistics', 'read', ['aggregate', 'all']);
  if (!national) {
    if (wanted && wanted !== 'organisation') throw forbidden('Your organisation’s figures only.');
    if (input.organisationId && input.organisationId !== actor.organisationId) {
      throw forbidden('Your organisation’s figures only.');
    }
    // Complicity cases opened by (or assigned to) the organisation are counted only for those who
    // may read the compartment: its own staff would otherwise learn that such a case exists.
    return {
      kind: 'organisation',
      organisationId: actor.organisationId,
      complicity: scopeFor(actor, 'criminal_case_complicity', 'read') !== null,
    };
  }
  switch (wanted ?? 'national') {
    case 'national':
      return { kind: 'national' };
    case 'region':
      if (!input.region) throw invalid('Name the region.', { fields: { region: 'required' } });
      return { kind: 'region', region: input.region };
    case 'organisation':
      if (!input.organisationId)
        throw invalid('Choose the organisation.', { fields: { organisationId: 'required' } });
      // National roles see the national counts of the compartment anyway (counts only).
      return { kind: 'organisation', organisationId: input.organisationId, complicity: true };
  }
  throw invalid('Unknown scope.');
}
