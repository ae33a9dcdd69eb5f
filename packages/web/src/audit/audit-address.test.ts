import { describe, expect, it } from 'vitest';
import { auditAddressToParams, parseAuditAddress } from './audit-address.ts';

describe('the audit log address', () => {
  it('keeps the filters and the opened event through a round trip', () => {
    const address = { filters: { action: 'auth.signed_in', personCode: 'nrm-2026' }, event: 42 };
    const params = auditAddressToParams(address);
    expect(params.toString()).toBe('action=auth.signed_in&personCode=nrm-2026&event=42');
    expect(parseAuditAddress(params)).toEqual(address);
  });

  it('ignores unknown keys, empty filters and an event that is not a number', () => {
    const parsed = parseAuditAddress(new URLSearchParams('action=&foo=bar&event=12x&to=2026-01-31'));
    expect(parsed).toEqual({ filters: { to: '2026-01-31' }, event: null });
  });
});
