import type { ServiceDelivery } from '../protection/protection.ts';
import { type HtcdsCaseFacts, toHtcdsCaseFields } from './htcds-case-fields.ts';
import { htcdsFieldOf, htcdsFieldsNotStored } from './htcds-fields.ts';
import {
  fromHtcdsIndustry,
  fromHtcdsRelationship,
  htcdsContacts,
  htcdsStatus,
  toHtcdsForm,
  toHtcdsIndustry,
  toHtcdsRelationship,
  toIso6392,
} from './htcds-mapping.ts';
import { toHtcdsSupportPlans } from './htcds-support-plans.ts';
import {
  type DateOrder,
  type Read,
  readCountries,
  readDate,
  readLanguage,
  readPicklist,
  readPicklistMany,
} from './htcds-values.ts';
import type {
  Gender,
  MeansOfControl,
  RecruitmentMethod,
  SexExploitationType,
} from './identification-vocabulary.ts';
import type { Exploitation, Person, PersonIdentity } from './person.ts';
import type { PersonInput } from './person-input.ts';
import type { ExploitationInput } from './record-exploitation.ts';

export type HtcdsRecord = Record<string, unknown>;

/**
 * A person as HTCDS 2.0: one record (prs_, vic_, con_, cas_ fields), its trafficking events (hte_)
 * and its support plans (spl_), the standard's own tables.
 */
export interface HtcdsExport {
  record: HtcdsRecord;
  traffickingEvents: HtcdsRecord[];
  supportPlans: HtcdsRecord[];
}

/** What the exporter may know beyond the person: left out when absent. */
export interface HtcdsRelated {
  caseFacts?: HtcdsCaseFacts | null;
  services?: readonly ServiceDelivery[];
}

/**
 * A person with their victim context as HTCDS 2.0, every name and value the standard's own; with
 * the consent and referral fields when the exporter may know them (htcds-case-fields.ts).
 */
export function toHtcds(
  person: Person,
  identity: PersonIdentity,
  exploitation: Exploitation | null,
  related: HtcdsRelated = {},
): HtcdsExport {
  const { caseFacts = null, services = [] } = related;
  const ex = exploitation;
  const events = ex
    ? [
        ...ex.recruitmentCountries.map((c) => ({ hte_Type: 'Recruitment', hte_Country: c })),
        ...ex.transitCountries.map((c) => ({ hte_Type: 'Transit', hte_Country: c })),
        ...ex.exploitationCountries.map((c) => ({
          hte_Type: 'Exploitation',
          hte_Country: c,
          ...(ex.periodFrom ? { hte_Date: ex.periodFrom } : {}),
        })),
      ]
    : [];
  const record: HtcdsRecord = {
    prs_FirstName: identity.givenNames ?? null,
    prs_MiddleName: identity.otherNames ?? null,
    prs_SecondName: identity.familyName ?? null,
    // A year alone is an ISO 8601 date of reduced precision: better than no birth date at all.
    prs_Birthdate: identity.birthDate ?? (person.birthYear ? String(person.birthYear) : null),
    prs_Gender: person.gender,
    prs_Citizenship: person.citizenships,
    prs_IdentityNumber: identity.documents?.[0]?.number ?? null,
    ...htcdsContacts(identity.contacts),
    prs_MailingStreet: identity.addresses?.[0] ?? null,
    prs_PrimaryLanguage: person.languages[0] ? toIso6392(person.languages[0]) : null,
    prs_SecondaryLanguage: person.languages[1] ? toIso6392(person.languages[1]) : null,
    vic_TraffickingStatus: htcdsStatus[person.status],
    vic_TraffickingStatusDecisionMakingOrg: person.statusBodyType,
    vic_TypeOfExploitation: [...new Set((ex?.forms ?? []).map(toHtcdsForm))],
    vic_ForcedLabourIndustry: toHtcdsIndustry(ex?.industry ?? null),
    vic_TypeOfSexExploitation: ex?.sexExploitationTypes ?? [],
    vic_MethodsOfControl: ex?.meansOfControl ?? [],
    vic_MethodOfRecruitment: ex?.recruitmentMethods ?? [],
    vic_RelationshipToTrafficker: toHtcdsRelationship(ex?.recruiterRelationship ?? null),
    vic_LocationOfRecruitment: ex?.recruitmentCountries ?? [],
    vic_LocationOfExploitation: ex?.exploitationCountries ?? [],
    ...(caseFacts ? toHtcdsCaseFields(caseFacts) : {}),
  };
  return { record, traffickingEvents: events, supportPlans: toHtcdsSupportPlans(services) };
}

/** A value OpenNRM could not read, or read and does not keep: named, never dropped silently. */
export interface HtcdsIssue {
  field: string;
  value: string;
  reason: string;
}

export interface ImportedPerson {
  person: PersonInput;
  exploitation: ExploitationInput | null;
  /** The source system's status and deciding body: shown to the user, never taken as our decision. */
  source: { status: string | null; decidingBody: string | null };
  /** Values that are not what the field takes: the record is refused until they are corrected. */
  invalid: HtcdsIssue[];
  /** Values read but not kept, with the reason (OpenNRM has no such field, or keeps it elsewhere). */
  notStored: HtcdsIssue[];
}

/** Form metadata of Kobo/ODK exports and the templates' row numbers: not case data. */
const metadata =
  /^(_.*|start|end|today|deviceid|username|instanceID|KEY|SubmissionDate|SubmitterID|SubmitterName|confirm_not_duplicate|\(column \d+\))$/i;

const shown = (v: unknown) => (Array.isArray(v) ? v.join(';') : String(v));
const isEmpty = (v: unknown) =>
  v === null ||
  v === undefined ||
  (typeof v === 'string' && v.trim() === '') ||
  (Array.isArray(v) && v.length === 0);

/**
 * Puts a record's fields under the standard's names: template misspellings, XLSForm names, Kobo
 * group paths, and Kobo's one column per choice ("vic_TypeOfExploitation/ForcedLabour" = 1).
 */
export function canonicalHtcdsRecord(record: HtcdsRecord): { fields: HtcdsRecord; unknown: HtcdsIssue[] } {
  const fields: HtcdsRecord = {};
  const unknown: HtcdsIssue[] = [];
  for (const [name, value] of Object.entries(record)) {
    if (isEmpty(value) || metadata.test(name.split('/').pop() ?? name)) continue; // meta/instanceID too
    const field = htcdsFieldOf(name);
    const parent = name.includes('/') ? htcdsFieldOf(name.slice(0, name.lastIndexOf('/'))) : null;
    if (field) fields[field] = value;
    else if (parent) {
      if (/^(1|true|yes)$/i.test(String(value).trim()))
        fields[parent] = [
          ...((fields[parent] as string[] | undefined) ?? []),
          name.split('/').pop() as string,
        ];
    } else unknown.push({ field: name, value: shown(value), reason: 'Not an HTCDS field OpenNRM reads.' });
  }
  return { fields, unknown };
}

/**
 * Reads an HTCDS record (JSON over the API, or a template's or XLSForm's row): codes or labels,
 * ";" cells or arrays, country names or codes, dates as people write them. Every value that is
 * not kept is listed in `invalid` (cannot be read) or `notStored` (read, not kept, and why).
 */
export function fromHtcds(
  input: HtcdsRecord,
  traffickingEvents: readonly HtcdsRecord[] = [],
  options: { dateOrder?: DateOrder; supportPlans?: readonly HtcdsRecord[] } = {},
): ImportedPerson {
  const { fields: record, unknown } = canonicalHtcdsRecord(input);
  const invalid: HtcdsIssue[] = [];
  const notStored: HtcdsIssue[] = [...unknown];
  (options.supportPlans ?? []).forEach((plan, i) => {
    for (const [name, value] of Object.entries(plan))
      if (!isEmpty(value))
        notStored.push({
          field: `supportPlans[${i}].${name}`,
          value: shown(value),
          reason: htcdsFieldsNotStored[name] ?? 'Not an HTCDS field OpenNRM reads.',
        });
  });
  const has = (field: string) => !isEmpty(record[field]);
  function take<T>(field: string, read: (value: unknown) => Read<T>): T | null {
    if (!has(field)) return null;
    const result = read(record[field]);
    if (result.ok) return result.value;
    invalid.push({ field, value: shown(record[field]), reason: result.message });
    return null;
  }
  const text = (field: string) => (has(field) ? shown(record[field]).trim() : null);
  const many = (field: Parameters<typeof readPicklistMany>[0]) =>
    take(field, (v) => readPicklistMany(field, v)) ?? [];
  const one = (field: Parameters<typeof readPicklist>[0]) =>
    take(field, (v) => readPicklist(field, shown(v)));

  const birth = take('prs_Birthdate', (v) => readDate(shown(v), options.dateOrder));
  const gender = (one('prs_Gender') ?? 'NonSpecifiedUnknown') as Gender;
  const citizenships = take('prs_Citizenship', readCountries) ?? [];
  const languages = ['prs_PrimaryLanguage', 'prs_SecondaryLanguage'].flatMap(
    (f) => take(f, (v) => readLanguage(shown(v))) ?? [],
  );
  const contacts = (
    [
      ['prs_MobilePhone', 'mobile phone'],
      ['prs_HomePhone', 'home phone'],
      ['prs_Email', 'email'],
    ] as const
  ).flatMap(([field, kind]) => (has(field) ? [{ kind, value: text(field) as string }] : []));
  const address = [
    'prs_MailingStreet',
    'prs_MailingCity',
    'prs_MailingState',
    'prs_MailingPostalCode',
    'prs_MailingCountry',
  ]
    .map(text)
    .filter(Boolean)
    .join(', ');

  const events = traffickingEvents.map((e, i) => canonicalEvent(e, i));
  const eventCountries = (type: string) => events.filter((e) => e.type === type).map((e) => e.country);
  const places = (field: string, type: string) => [
    ...new Set([...(take(field, readCountries) ?? []), ...eventCountries(type)]),
  ];
  const recruitmentCountries = places('vic_LocationOfRecruitment', 'Recruitment');
  const exploitationCountries = places('vic_LocationOfExploitation', 'Exploitation');
  const transitCountries = [...new Set(eventCountries('Transit'))];
  const periodFrom =
    events
      .filter((e) => e.type === 'Exploitation' && e.date)
      .map((e) => e.date as string)
      .sort()[0] ?? null;

  const forms = many('vic_TypeOfExploitation') as ExploitationInput['forms'];
  const industry = one('vic_ForcedLabourIndustry');
  const sexTypes = many('vic_TypeOfSexExploitation') as SexExploitationType[];
  if (sexTypes.length > 0 && !forms.includes('SexualExploitation'))
    invalid.push({
      field: 'vic_TypeOfSexExploitation',
      value: shown(record.vic_TypeOfSexExploitation),
      reason: 'A type of sexual exploitation needs SexualExploitation in vic_TypeOfExploitation.',
    });
  const meansOfControl = many('vic_MethodsOfControl') as MeansOfControl[];
  const recruitmentMethods = many('vic_MethodOfRecruitment') as RecruitmentMethod[];
  const relationship = one('vic_RelationshipToTrafficker');
  const status = one('vic_TraffickingStatus');
  const decidingBody = one('vic_TraffickingStatusDecisionMakingOrg');
  for (const [field, reason] of Object.entries(htcdsFieldsNotStored))
    if (has(field) && !invalid.some((i) => i.field === field))
      notStored.push({ field, value: shown(record[field]), reason });

  const hasContext =
    forms.length + sexTypes.length + meansOfControl.length + recruitmentMethods.length > 0 ||
    [industry, relationship, periodFrom].some(Boolean) ||
    recruitmentCountries.length + transitCountries.length + exploitationCountries.length > 0;
  return {
    person: {
      gender,
      birthYear: birth?.year ?? null,
      citizenships,
      languages: [...new Set(languages)],
      identity: {
        givenNames: text('prs_FirstName'),
        otherNames: text('prs_MiddleName'),
        familyName: text('prs_SecondName'),
        birthDate: birth?.date ?? null,
        documents: has('prs_IdentityNumber')
          ? [{ type: 'identity', number: text('prs_IdentityNumber') as string }]
          : [],
        contacts,
        addresses: address ? [address] : [],
      },
    },
    exploitation: hasContext
      ? {
          forms,
          industry: industry ? fromHtcdsIndustry(industry) : null,
          sexExploitationTypes: sexTypes,
          meansOfControl,
          recruitmentMethods,
          recruiterRelationship: relationship ? fromHtcdsRelationship(relationship) : null,
          recruitmentCountries,
          transitCountries,
          exploitationCountries,
          periodFrom,
          periodTo: null,
          childAtExploitation: null,
        }
      : null,
    source: { status, decidingBody },
    invalid,
    notStored,
  };

  function canonicalEvent(
    event: HtcdsRecord,
    i: number,
  ): { type: string | null; country: string; date: string | null } {
    const field = (name: string) => `traffickingEvents[${i}].${name}`;
    const type = readPicklist('hte_Type', shown(event.hte_Type ?? ''));
    const country = readCountries(event.hte_Country ?? '');
    const date = isEmpty(event.hte_Date) ? null : readDate(shown(event.hte_Date), options.dateOrder);
    if (!type.ok || !country.ok || (country.ok && country.value.length !== 1))
      invalid.push({
        field: field('hte_Type'),
        value: `${shown(event.hte_Type ?? '')} ${shown(event.hte_Country ?? '')}`.trim(),
        reason:
          'A trafficking event needs hte_Type (Recruitment, Transit or Exploitation) and one hte_Country.',
      });
    if (date && !date.ok)
      invalid.push({ field: field('hte_Date'), value: shown(event.hte_Date), reason: date.message });
    else if (date && (type.ok ? type.value : null) !== 'Exploitation')
      notStored.push({
        field: field('hte_Date'),
        value: shown(event.hte_Date),
        reason: 'OpenNRM dates the exploitation (its period), not recruitment or transit.',
      });
    for (const [name, value] of Object.entries(event))
      if (!['hte_Type', 'hte_Country', 'hte_Date'].includes(name) && !isEmpty(value))
        notStored.push({
          field: field(name),
          value: shown(value),
          reason:
            'OpenNRM keeps the countries of recruitment, transit and exploitation, not the place within them.',
        });
    return {
      type: type.ok ? type.value : null,
      country: country.ok && country.value.length === 1 ? (country.value[0] as string) : '',
      date: date?.ok ? date.value.date : null,
    };
  }
}
