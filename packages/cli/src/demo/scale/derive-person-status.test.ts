import { addWorkingDays } from '@opennrm/core';
import { describe, expect, it } from 'vitest';
import { derivePersonStatus } from './derive-person-status.ts';

const due = (at: Date) => addWorkingDays(at, 5);
const at = (iso: string) => new Date(iso);

describe('derivePersonStatus (what the app and migration 4 triggers leave on a person)', () => {
  it('an NGO-only identification confirmed later by the police', () => {
    const s = derivePersonStatus(
      [{ outcome: 'presumed_victim', screenedAt: at('2020-03-06T15:00:00Z') }],
      [
        { outcome: 'identified', bodyType: 'NGO', decidedOn: '2020-03-10' },
        { outcome: 'identified', bodyType: 'Police', decidedOn: '2020-04-20' },
      ],
      due,
    );
    expect(s).toMatchObject({
      status: 'identified',
      statusBodyType: 'Police',
      statusDecidedAt: at('2020-04-20T00:00:00Z'),
      stateDecided: true,
      firstScreenedAt: at('2020-03-06T15:00:00Z'),
      decisionDueAt: at('2020-03-13T15:00:00Z'),
      presumedAt: at('2020-03-06T15:00:00Z'),
      identifiedOn: '2020-03-10',
      firstDecidedOn: '2020-03-10',
      stateDecidedOn: '2020-04-20',
    });
  });

  it('an inconclusive screening first: screened then, presumed (and due) from the second', () => {
    const s = derivePersonStatus(
      [
        { outcome: 'inconclusive', screenedAt: at('2021-05-03T09:00:00Z') },
        { outcome: 'presumed_victim', screenedAt: at('2021-05-17T09:00:00Z') },
      ],
      [{ outcome: 'not_victim', bodyType: 'Police', decidedOn: '2021-05-20' }],
      due,
    );
    expect(s.firstScreenedAt).toEqual(at('2021-05-03T09:00:00Z'));
    expect(s.presumedAt).toEqual(at('2021-05-17T09:00:00Z'));
    expect(s.decisionDueAt).toEqual(at('2021-05-24T09:00:00Z'));
    expect(s).toMatchObject({ status: 'not_victim', identifiedOn: null, firstDecidedOn: '2021-05-20' });
  });

  it('never screened, never decided: presumed with no dates', () => {
    expect(derivePersonStatus([], [], due)).toMatchObject({
      status: 'presumed',
      stateDecided: false,
      firstScreenedAt: null,
      decisionDueAt: null,
      presumedAt: null,
    });
  });
});
