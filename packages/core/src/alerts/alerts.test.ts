import { describe, expect, it } from 'vitest';
import { createPerson } from '../identification/create-person.ts';
import { actAs, addOrganisation, createMemoryStore, createTestDeps } from '../testing/index.ts';
import { changeAlertStatus } from './change-alert-status.ts';
import { linkAlertPerson } from './link-alert-person.ts';
import { listAlertMessages } from './list-alert-messages.ts';
import { loadAlertFor } from './load-alert-for.ts';
import { postAlertMessage } from './post-alert-message.ts';
import { readAlertDetails } from './read-alert-details.ts';
import { sendAlert } from './send-alert.ts';

describe('potential-case alerts', () => {
  it('seals the details, keeps the alert between the two bodies, and links persons later', async () => {
    const store = createMemoryStore();
    const deps = createTestDeps(store);
    const ngo = await addOrganisation(deps, 'ngo', 'Safe Home');
    const inspectorate = await addOrganisation(deps, 'labour_inspectorate', 'Labour Inspectorate');
    const outsider = await addOrganisation(deps, 'police', 'ATD');
    const sender = actAs(deps, ngo, ['case_worker']);
    const recipient = actAs(deps, inspectorate, ['case_worker']);

    const alert = await sendAlert(sender, {
      toOrganisationId: inspectorate.id,
      subject: 'workplace',
      title: 'Brick factory, Sumqayit',
      details: 'Twelve men sleep on site; passports held by the foreman',
    });
    expect(JSON.stringify(store.tables.referrals.alerts.get(alert.id))).not.toContain('passports');
    expect(await readAlertDetails(recipient, await loadAlertFor(recipient, alert.id))).toContain(
      'passports held',
    );
    await expect(loadAlertFor(actAs(deps, outsider, ['investigator']), alert.id)).rejects.toMatchObject({
      code: 'forbidden',
    });

    await expect(changeAlertStatus(sender, alert.id, 'acknowledged')).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect((await changeAlertStatus(recipient, alert.id, 'acknowledged')).status).toBe('acknowledged');
    await expect(changeAlertStatus(recipient, alert.id, 'acknowledged')).rejects.toMatchObject({
      code: 'invalid_transition',
    });

    await postAlertMessage(recipient, alert.id, 'Inspection planned for Monday');
    expect((await listAlertMessages(sender, alert.id)).map((m) => m.body)).toEqual([
      'Inspection planned for Monday',
    ]);

    const { person } = await createPerson(sender, { gender: 'Masculine', identity: { givenNames: 'Anar' } });
    await expect(linkAlertPerson(recipient, alert.id, person.id)).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect((await linkAlertPerson(sender, alert.id, person.id)).personIds).toEqual([person.id]);
    expect((await changeAlertStatus(sender, alert.id, 'closed')).status).toBe('closed');
  });
});
