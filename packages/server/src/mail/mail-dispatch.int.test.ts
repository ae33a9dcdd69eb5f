import type { AddressInfo } from 'node:net';
import { sendNotificationEmails } from '@opennrm/core';
import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { createSmtpMailer } from './smtp-mailer.ts';

interface Received {
  to: string[];
  data: string;
}

/** A real SMTP server on loopback receives what OpenNRM sends when a referral arrives. */
describeEachBackend('e-mail notifications', (open) => {
  let database: TestDatabase;
  let t: TestApp;
  let smtp: SMTPServer;
  let port: number;
  const received: Received[] = [];

  beforeAll(async () => {
    database = await open();
    t = await createTestApp(database);
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, done) {
        let data = '';
        stream.on('data', (chunk: Buffer) => {
          data += chunk.toString();
        });
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
          done();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    port = (smtp.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    await database?.close();
  });

  it('mails the recipients of a referral, in their language, with the code and no identity, once', async () => {
    const police = await t.signInAs('investigator');
    const created = await t.request('POST', '/api/persons', {
      headers: police,
      body: {
        gender: 'Masculine',
        citizenships: ['UZ'],
        identity: { givenNames: 'Sardor', familyName: 'Yusupov' },
        confirmDuplicates: true,
      },
    });
    const { person } = (await created.json()) as { person: { id: string; code: string } };
    const vacUser = await t.userIn('victim_assistance_centre', 'case_worker');
    await t.request('PATCH', '/api/me', { headers: vacUser, body: { locale: 'ru' } });
    const sent = await t.request('POST', `/api/persons/${person.id}/referrals`, {
      headers: police,
      body: {
        toOrganisationId: t.organisations.victim_assistance_centre.id,
        services: ['medical'],
        shareIdentity: false,
      },
    });
    expect(sent.status).toBe(201);

    const mailer = createSmtpMailer(`smtp://127.0.0.1:${port}`, 'nrm@example.org');
    const delivered = await sendNotificationEmails(t.deps, mailer, 'https://nrm.example.org');
    expect(delivered).toBe(1);
    expect(received).toHaveLength(1);
    const mail = received[0] as Received;
    const body = decodeBody(mail.data);
    expect(mail.to).toContain('case-worker@victim-assistance-centre.test.opennrm.org');
    expect(body).toContain(person.code);
    expect(body).toMatch(/Открыть: https:\/\/nrm\.example\.org\/referrals\/[0-9a-f-]{36}/);
    expect(mail.data + body).not.toMatch(/Sardor|Yusupov/);
    // Russian subject, as encoded words in the header.
    expect(mail.data).toMatch(/Subject: =\?UTF-8\?/i);
    // Nothing new: nothing is sent twice.
    expect(await sendNotificationEmails(t.deps, mailer, 'https://nrm.example.org')).toBe(0);
    expect(received).toHaveLength(1);
    mailer.close();
  });
});

/** The text part of a simple message, undoing the transfer encoding nodemailer chose. */
function decodeBody(data: string): string {
  const [head = '', ...rest] = data.split('\r\n\r\n');
  const body = rest.join('\r\n\r\n');
  if (/Content-Transfer-Encoding: base64/i.test(head))
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/Content-Transfer-Encoding: quoted-printable/i.test(head)) {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}
