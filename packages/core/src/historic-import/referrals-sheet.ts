import type { ReferralService, ReferralUrgency } from '../referrals/referral-vocabulary.ts';
import { sendReferral } from '../referrals/send-referral.ts';
import { transitionReferral } from '../referrals/transition-referral.ts';
import { invalid } from '../support/errors.ts';
import {
  calendarDate,
  code,
  codes,
  column,
  personSourceIdColumn,
  sourceIdColumn,
  text,
  yesNo,
} from './column-parsers.ts';
import type { SheetDefinition } from './sheet-definition.ts';

/**
 * Referrals sent by the importing organisation, and the recipient's answer acting as the
 * recipient (it is the recipient's act on the web too): identity travels only on a recorded
 * consent or the child rule, as on the web.
 */
export const referralsSheet: SheetDefinition = {
  name: 'referrals',
  description: 'One row per referral the importing organisation sent, with the answer.',
  columns: [
    sourceIdColumn,
    personSourceIdColumn,
    column('recipient', code('organisations'), {
      required: true,
      codeList: 'organisations',
      description: 'The organisation referred to.',
    }),
    column('services', codes('referral_services'), {
      required: true,
      codeList: 'referral_services',
      description: 'What the recipient was asked to do, ";" between several.',
      example: 'shelter;psychological',
    }),
    column('urgency', code('referral_urgencies'), {
      codeList: 'referral_urgencies',
      description: 'normal (default) or urgent.',
    }),
    column('share_identity', yesNo(), {
      description: 'yes when the identity went with the referral (needs a consent or the child rule).',
    }),
    column('sent_on', calendarDate(), {
      required: true,
      description: 'Date the referral was sent.',
      example: '2014-03-21',
    }),
    column('response', code('referral_responses'), {
      codeList: 'referral_responses',
      description: 'accepted or declined; empty: no answer.',
    }),
    column('responded_on', calendarDate(), { description: 'Date of the answer.' }),
    column('decline_reason', text(2000), { description: 'Why it was declined (sealed with the referral).' }),
    column('completed_on', calendarDate(), { description: 'Date the recipient completed its work.' }),
  ],
  references: [{ column: 'person_source_id', sheet: 'persons' }],
  // The dated use cases name the date they refuse (happenedOn): the column of the step it was.
  fieldColumns: {
    toOrganisationId: 'recipient',
    services: 'services',
    reason: 'decline_reason',
    sentOn: 'sent_on',
    respondedOn: 'responded_on',
    happenedOn: 'responded_on',
    shareIdentity: 'share_identity',
  },
  async write(writer, v) {
    const response = v.response as 'accepted' | 'declined' | undefined;
    const respondedOn = v.responded_on as string | undefined;
    const completedOn = v.completed_on as string | undefined;
    if (completedOn && response !== 'accepted')
      throw invalid('Only an accepted referral can be completed.', { fields: { response: 'required' } });
    if ((response === undefined) !== (respondedOn === undefined))
      throw invalid('An answer needs its date, and a date its answer.', {
        fields: { respondedOn: 'required' },
      });
    const recipient = v.recipient as string;
    const referral = await sendReferral(
      writer.actingFor(),
      writer.recordOf('persons', v.person_source_id as string),
      {
        toOrganisationId: recipient,
        services: v.services as ReferralService[],
        urgency: (v.urgency as ReferralUrgency | undefined) ?? 'normal',
        shareIdentity: v.share_identity === true,
        sentOn: v.sent_on as string,
      },
    );
    const asRecipient = writer.actingFor(recipient);
    if (response === 'accepted')
      await transitionReferral(asRecipient, referral.id, 'accept', { happenedOn: respondedOn });
    if (response === 'declined')
      await transitionReferral(asRecipient, referral.id, 'decline', {
        reason: (v.decline_reason as string | undefined) ?? null,
        happenedOn: respondedOn,
      });
    if (completedOn)
      await transitionReferral(asRecipient, referral.id, 'complete', { happenedOn: completedOn });
    return referral.id;
  },
};
