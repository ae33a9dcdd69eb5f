import type { Deps } from '../context.ts';
import type { Locale } from '../model.ts';
import type { Notification } from './referral.ts';

export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
}

/** Where e-mail goes out (SMTP in production); a port so delivery is testable. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

const cursorKey = 'email.notifications.cursor';

const subjects: Record<Locale, Record<string, string>> = {
  en: {
    'referral.received': 'A referral is waiting for your answer',
    'referral.accepted': 'Your referral was accepted',
    'referral.declined': 'Your referral was declined',
    'referral.completed': 'Your referral was completed',
    'referral.withdrawn': 'A referral to you was withdrawn',
    'referral.message': 'New message on a referral',
    'referral.overdue': 'A referral is past its response deadline',
  },
  az: {
    'referral.received': 'Yönləndirmə cavabınızı gözləyir',
    'referral.accepted': 'Yönləndirməniz qəbul edildi',
    'referral.declined': 'Yönləndirməniz rədd edildi',
    'referral.completed': 'Yönləndirməniz tamamlandı',
    'referral.withdrawn': 'Sizə göndərilmiş yönləndirmə geri götürüldü',
    'referral.message': 'Yönləndirmədə yeni mesaj',
    'referral.overdue': 'Yönləndirmənin cavab müddəti keçib',
  },
  ru: {
    'referral.received': 'Направление ждёт вашего ответа',
    'referral.accepted': 'Ваше направление принято',
    'referral.declined': 'Ваше направление отклонено',
    'referral.completed': 'Ваше направление выполнено',
    'referral.withdrawn': 'Направление к вам отозвано',
    'referral.message': 'Новое сообщение по направлению',
    'referral.overdue': 'Срок ответа на направление истёк',
  },
};

const open: Record<Locale, string> = { en: 'Open', az: 'Açın', ru: 'Открыть' };

/**
 * Sends every notification created since the last run to the active users of its organisation,
 * each in their language. Mail carries the person's code and a link, never a name: mailboxes are
 * not sealed. The cursor is stored, so a restart neither repeats nor skips a notification.
 */
export async function sendNotificationEmails(
  deps: Pick<Deps, 'store' | 'clock'>,
  mailer: Mailer,
  publicUrl: string,
  batch = 200,
): Promise<number> {
  const stored = (await deps.store.configuration.get(cursorKey)) as { at: string; id: string } | undefined;
  const after = stored ? { at: new Date(stored.at), id: stored.id } : null;
  const notifications = await deps.store.notifications.listSince(after, batch);
  // A run's notifications go to a few organisations: look each one's users up once.
  const recipients = new Map<string, Map<Locale, string[]>>();
  const recipientsOf = async (organisationId: string) => {
    const known = recipients.get(organisationId);
    if (known) return known;
    const users = await deps.store.users.list(
      { organisationId, includeInactive: false },
      { scope: 'all', userId: '', organisationId: '' },
    );
    const byLocale = new Map<Locale, string[]>();
    for (const u of users) byLocale.set(u.locale, [...(byLocale.get(u.locale) ?? []), u.email]);
    recipients.set(organisationId, byLocale);
    return byLocale;
  };
  for (const n of notifications) {
    for (const [locale, to] of await recipientsOf(n.organisationId))
      await mailer.send(compose(n, locale, to, publicUrl));
    await deps.store.configuration.set(
      cursorKey,
      { at: n.createdAt.toISOString(), id: n.id },
      deps.clock.now(),
    );
  }
  return notifications.length;
}

export function compose(n: Notification, locale: Locale, to: string[], publicUrl: string): MailMessage {
  const subject = subjects[locale][n.kind] ?? n.kind;
  const link = n.referralId ? `${publicUrl.replace(/\/$/, '')}/referrals/${n.referralId}` : publicUrl;
  const code = n.personCode ? ` (${n.personCode})` : '';
  return {
    to,
    subject: `OpenNRM: ${subject}${code}`,
    text: `${subject}${code}.\n\n${open[locale]}: ${link}\n`,
  };
}
