import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { createSmtpMailer, smtpTransportOptions } from './smtp-mailer.ts';

interface LocalSmtp {
  port: number;
  /** Each AUTH the server saw, and whether the connection was encrypted at that moment. */
  logins: { user: string; secure: boolean }[];
  delivered: number;
  close(): Promise<void>;
}

const servers: LocalSmtp[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A real SMTP server on loopback (smtp-server's own self-signed certificate for TLS). */
async function startSmtp(options: Partial<SMTPServerOptions>): Promise<LocalSmtp> {
  const local: LocalSmtp = { port: 0, logins: [], delivered: 0, close: async () => {} };
  const server = new SMTPServer({
    logger: false,
    onAuth(auth, session, done) {
      local.logins.push({ user: auth.username ?? '', secure: session.secure });
      done(null, { user: auth.username });
    },
    onData(stream, _session, done) {
      stream.resume();
      stream.on('end', () => {
        local.delivered += 1;
        done();
      });
    },
    ...options,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  local.port = (server.server.address() as AddressInfo).port;
  local.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  servers.push(local);
  return local;
}

const message = { to: ['caseworker@ngo.example.org'], subject: 'New referral', text: 'Open OpenNRM.' };

describe('SMTP credentials never travel in clear', () => {
  it('refuses to send the password to a server that offers no STARTTLS on smtp://', async () => {
    // This server would even take a password in clear: only the client can refuse.
    const smtp = await startSmtp({ disabledCommands: ['STARTTLS'], allowInsecureAuth: true });
    const mailer = createSmtpMailer(`smtp://nrm:s3cret@127.0.0.1:${smtp.port}`, 'nrm@example.org');
    await expect(mailer.send(message)).rejects.toThrow(
      /did not accept STARTTLS, so OpenNRM did not send it the password.*use smtps:\/\//,
    );
    mailer.close();
    expect(smtp.logins).toEqual([]);
    expect(smtp.delivered).toBe(0);
  });

  it('logs in only after STARTTLS on smtp://, and over TLS from the start on smtps://', async () => {
    const starttls = await startSmtp({});
    const viaStarttls = createSmtpMailer(
      `smtp://nrm:s3cret@127.0.0.1:${starttls.port}?tls.rejectUnauthorized=false`,
      'nrm@example.org',
    );
    await viaStarttls.send(message);
    viaStarttls.close();
    expect([starttls.logins, starttls.delivered]).toEqual([[{ user: 'nrm', secure: true }], 1]);

    const implicit = await startSmtp({ secure: true });
    const viaSmtps = createSmtpMailer(
      `smtps://nrm:s3cret@127.0.0.1:${implicit.port}?tls.rejectUnauthorized=false`,
      'nrm@example.org',
    );
    await viaSmtps.send(message);
    viaSmtps.close();
    expect([implicit.logins, implicit.delivered]).toEqual([[{ user: 'nrm', secure: true }], 1]);
  });

  it('still mails through a local relay without credentials that offers no STARTTLS', async () => {
    const relay = await startSmtp({ disabledCommands: ['STARTTLS', 'AUTH'], authOptional: true });
    const mailer = createSmtpMailer(`smtp://127.0.0.1:${relay.port}`, 'nrm@example.org');
    await mailer.send(message);
    mailer.close();
    expect(relay.delivered).toBe(1);
  });

  it('refuses at start a URL that turns TLS off while carrying credentials, or is not SMTP', () => {
    expect(() => smtpTransportOptions('smtp://nrm:s3cret@mail.example.org:587?ignoreTLS=true')).toThrow(
      /carries credentials and sets ignoreTLS: OpenNRM sends SMTP credentials only over TLS/,
    );
    expect(() => smtpTransportOptions('smtp://nrm:s3cret@mail.example.org:587?requireTLS=false')).toThrow(
      /sets requireTLS/,
    );
    expect(() => smtpTransportOptions('https://mail.example.org')).toThrow(
      /must start with smtps:\/\/ or smtp:\/\//,
    );
    expect(smtpTransportOptions('smtp://nrm:s3cret@mail.example.org:587')).toMatchObject({
      requireTLS: true,
    });
  });
});
