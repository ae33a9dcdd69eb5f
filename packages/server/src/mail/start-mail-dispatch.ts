import { type Deps, type Mailer, sendNotificationEmails } from '@opennrm/core';

/**
 * Delivers notifications by e-mail every `intervalMs`, one run at a time. A failed run (the SMTP
 * server is down) is logged and retried next time from the stored cursor: nothing is lost.
 */
export function startMailDispatch(
  deps: Pick<Deps, 'store' | 'clock'>,
  mailer: Mailer,
  publicUrl: string,
  intervalMs = 30_000,
) {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      await sendNotificationEmails(deps, mailer, publicUrl);
    } catch (error) {
      console.error('E-mail delivery failed; will retry:', (error as Error).message);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer), runNow: run };
}
