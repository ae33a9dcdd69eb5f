import { recordConsent } from '../referrals/record-consent.ts';
import type { ConsentMeans, ConsentPurpose } from '../referrals/referral-vocabulary.ts';
import { calendarDate, code, codes, column, personSourceIdColumn, sourceIdColumn } from './column-parsers.ts';
import type { SheetDefinition } from './sheet-definition.ts';

/** An adult's consent, recorded by the importing organisation (the owner) on the day it was given. */
export const consentsSheet: SheetDefinition = {
  name: 'consents',
  description: 'One row per consent the person gave.',
  columns: [
    sourceIdColumn,
    personSourceIdColumn,
    column('purposes', codes('consent_purposes'), {
      required: true,
      codeList: 'consent_purposes',
      description: 'What the person consented to, ";" between several.',
      example: 'share_identity;receive_services',
    }),
    column('organisations', codes('organisations'), {
      codeList: 'organisations',
      description: 'Organisations the consent covers, ";" between several.',
    }),
    column('means', code('consent_means'), {
      required: true,
      codeList: 'consent_means',
      description: 'How it was given.',
      example: 'written',
    }),
    column('given_on', calendarDate(), {
      required: true,
      description: 'Date it was given.',
      example: '2014-03-03',
    }),
  ],
  references: [{ column: 'person_source_id', sheet: 'persons' }],
  fieldColumns: { givenOn: 'given_on', purposes: 'purposes', organisationIds: 'organisations' },
  async write(writer, v) {
    const consent = await recordConsent(
      writer.actingFor(),
      writer.recordOf('persons', v.person_source_id as string),
      {
        purposes: v.purposes as ConsentPurpose[],
        organisationIds: (v.organisations as string[] | undefined) ?? [],
        means: v.means as ConsentMeans,
        givenOn: v.given_on as string,
      },
    );
    return consent.id;
  },
};
