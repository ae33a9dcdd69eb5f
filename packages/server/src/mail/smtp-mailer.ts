import type { Mailer } from '@opennrm/core';
import nodemailer from 'nodemailer';

/** Mail through the configured SMTP server (smtp:// or smtps:// URL with credentials). */
export function createSmtpMailer(url: string, from: string): Mailer & { close(): void } {
  const transport = nodemailer.createTransport(url);
  return {
    async send(message) {
      // Recipients in Bcc: colleagues at other bodies never see each other's addresses.
      await transport.sendMail({
        from,
        to: from,
        bcc: message.to,
        subject: message.subject,
        text: message.text,
      });
    },
    close: () => transport.close(),
  };
}
