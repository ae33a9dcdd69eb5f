import type { Mailer } from '@opennrm/core';
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { ConfigError } from '../config/load-config.ts';

/**
 * Mail through the configured SMTP server: `smtps://` (TLS from the first byte, usually port
 * 465) or `smtp://` (STARTTLS, usually 587). The password never travels in clear: with
 * `smtp://` and credentials the connection must be upgraded with STARTTLS first, and a server
 * that does not offer it gets no AUTH and no mail. Without credentials (a local relay) STARTTLS
 * is used when offered.
 */
export function createSmtpMailer(url: string, from: string): Mailer & { close(): void } {
  const transport = nodemailer.createTransport(smtpTransportOptions(url));
  return {
    async send(message) {
      // Recipients in Bcc: colleagues at other bodies never see each other's addresses.
      await transport
        .sendMail({ from, to: from, bcc: message.to, subject: message.subject, text: message.text })
        .catch((error: Error & { command?: string }) => {
          if (error.command !== 'STARTTLS' && !/STARTTLS/.test(error.message)) throw error;
          throw new Error(
            `The SMTP server did not accept STARTTLS, so OpenNRM did not send it the password (${error.message}). Enable STARTTLS on the server, or use smtps:// in OPENNRM_SMTP_URL.`,
          );
        });
    },
    close: () => transport.close(),
  };
}

/** The transport options of OPENNRM_SMTP_URL; refuses a URL that would send credentials in clear. */
export function smtpTransportOptions(url: string): SMTPTransport.Options {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError('OPENNRM_SMTP_URL is not a URL, e.g. smtps://user:password@mail.gov.az:465.');
  }
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') {
    throw new ConfigError(`OPENNRM_SMTP_URL must start with smtps:// or smtp://, not ${parsed.protocol}//.`);
  }
  const credentials = parsed.username !== '' || parsed.password !== '';
  if (!credentials || parsed.protocol === 'smtps:') return { url };
  // The URL's own settings win over ours inside nodemailer, so one that turns TLS off is refused.
  const weakening = ['requireTLS', 'ignoreTLS'].filter((key) => parsed.searchParams.has(key));
  if (weakening.length > 0) {
    throw new ConfigError(
      `OPENNRM_SMTP_URL carries credentials and sets ${weakening.join(', ')}: OpenNRM sends SMTP credentials only over TLS. Remove the setting, or use smtps://.`,
    );
  }
  return { url, requireTLS: true };
}
