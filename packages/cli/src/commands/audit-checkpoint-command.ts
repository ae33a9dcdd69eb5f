import { createSmtpMailer } from '@opennrm/server';
import { writeAuditCheckpoint } from '../audit/write-audit-checkpoint.ts';
import { withRuntime } from '../runtime/open-runtime.ts';
import { UsageError } from '../usage-error.ts';

/**
 * `opennrm audit checkpoint [--append FILE] [--mail ADDRESS]`: verifies the chain, then prints
 * a signed checkpoint of its head as one line of JSON on stdout (what a script or cron job keeps
 * off the database host). Exit 1 and nothing signed when the log or the file does not verify.
 */
export async function auditCheckpointCommand(options: { append?: string; mail?: string }): Promise<number> {
  return withRuntime(async ({ config, deps }) => {
    const keys = deps.store.audit.keys;
    if (!keys) throw new Error('The audit key is not loaded.');
    if (options.mail && !config.smtpUrl) throw new UsageError('--mail needs OPENNRM_SMTP_URL.');
    const mailer = options.mail && config.smtpUrl ? createSmtpMailer(config.smtpUrl, config.mailFrom) : null;
    try {
      const written = await writeAuditCheckpoint(deps.store.audit, keys, {
        file: options.append ?? null,
        mail: mailer && options.mail ? { mailer, to: options.mail } : null,
      });
      if (!written.ok) {
        console.error(`No checkpoint was signed. ${written.message}`);
        return 1;
      }
      console.log(written.line);
      if (options.append) console.error(`Appended to ${options.append}.`);
      if (options.mail) console.error(`Mailed to ${options.mail}.`);
      return 0;
    } finally {
      mailer?.close();
    }
  });
}
