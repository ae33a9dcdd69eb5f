import { describe, expect, it } from 'vitest';
import { alertTone, allowedAlertActions } from './alert-actions.ts';

const me = 'org-me';
const other = 'org-other';

describe('allowedAlertActions', () => {
  it('lets the alerted body acknowledge and close an open alert', () => {
    expect(allowedAlertActions({ status: 'open', toOrganisationId: me }, me)).toEqual([
      'acknowledge',
      'close',
    ]);
  });

  it('lets the sender only close', () => {
    expect(allowedAlertActions({ status: 'open', toOrganisationId: other }, me)).toEqual(['close']);
  });

  it('offers close once acknowledged, and nothing once closed', () => {
    expect(allowedAlertActions({ status: 'acknowledged', toOrganisationId: me }, me)).toEqual(['close']);
    expect(allowedAlertActions({ status: 'closed', toOrganisationId: me }, me)).toEqual([]);
  });
});

describe('alertTone', () => {
  it('draws attention to open alerts only', () => {
    expect(alertTone('open')).toBe('warn');
    expect(alertTone('acknowledged')).toBe('info');
    expect(alertTone('closed')).toBe('off');
  });
});
