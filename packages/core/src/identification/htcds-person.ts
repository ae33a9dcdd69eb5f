import {
  fromHtcdsRelationship,
  fromIso6392,
  htcdsStatus,
  isicSectionNames,
  toHtcdsForm,
  toHtcdsRelationship,
  toIso6392,
} from './htcds-mapping.ts';
import {
  exploitationForms,
  genders,
  meansOfControl,
  recruitmentMethods,
} from './identification-vocabulary.ts';
import type { Exploitation, Person, PersonIdentity } from './person.ts';
import type { PersonInput } from './person-input.ts';
import type { ExploitationInput } from './record-exploitation.ts';

export type HtcdsRecord = Record<string, unknown>;

/** A person with their victim context as one HTCDS 2.0 record (prs_, vic_, hte_ fields). */
export function toHtcds(
  person: Person,
  identity: PersonIdentity,
  exploitation: Exploitation | null,
): HtcdsRecord {
  const phone = identity.contacts?.find((c) => /phone|mobile|tel/i.test(c.kind))?.value ?? null;
  const email = identity.contacts?.find((c) => /mail/i.test(c.kind))?.value ?? null;
  const events = exploitation
    ? [
        ...exploitation.recruitmentCountries.map((c) => ({ hte_Type: 'Recruitment', hte_Country: c })),
        ...exploitation.transitCountries.map((c) => ({ hte_Type: 'Transit', hte_Country: c })),
        ...exploitation.exploitationCountries.map((c) => ({ hte_Type: 'Exploitation', hte_Country: c })),
      ]
    : [];
  return {
    prs_ID: person.code,
    prs_FirstName: identity.givenNames ?? null,
    prs_MiddleName: identity.otherNames ?? null,
    prs_SecondName: identity.familyName ?? null,
    prs_Birthdate: identity.birthDate ?? null,
    prs_Gender: person.gender,
    prs_Citizenship: person.citizenships,
    prs_IdentityNumber: identity.documents?.[0]?.number ?? null,
    prs_MobilePhone: phone,
    prs_Email: email,
    prs_PrimaryLanguage: person.languages[0] ? toIso6392(person.languages[0]) : null,
    prs_SecondaryLanguage: person.languages[1] ? toIso6392(person.languages[1]) : null,
    vic_TraffickingStatus: htcdsStatus[person.status],
    vic_TraffickingStatusDecisionMakingOrg: person.statusBodyType,
    vic_TypeOfExploitation: [...new Set((exploitation?.forms ?? []).map(toHtcdsForm))],
    vic_ForcedLabourIndustry: exploitation?.industry
      ? `${exploitation.industry}_${isicSectionNames[exploitation.industry]}`
      : null,
    vic_MethodsOfControl: exploitation?.meansOfControl ?? [],
    vic_MethodOfRecruitment: exploitation?.recruitmentMethods ?? [],
    vic_RelationshipToTrafficker: toHtcdsRelationship(exploitation?.recruiterRelationship ?? null),
    hte_TraffickingEvents: events,
  };
}

export interface ImportedPerson {
  person: PersonInput;
  exploitation: ExploitationInput | null;
  /** The source system's status and deciding body: shown to the user, never taken as our decision. */
  source: { status: string | null; decidingBody: string | null };
}

const pick = <T extends string>(values: readonly T[], v: unknown): T[] =>
  (Array.isArray(v) ? v : []).filter((x): x is T => values.includes(x as T));
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** Reads an HTCDS record (tolerantly: unknown values are dropped, never guessed). */
export function fromHtcds(record: HtcdsRecord): ImportedPerson {
  const gender = genders.includes(record.prs_Gender as never)
    ? (record.prs_Gender as PersonInput['gender'])
    : 'NonSpecifiedUnknown';
  const birthDate = str(record.prs_Birthdate)?.slice(0, 10) ?? null;
  const events = Array.isArray(record.hte_TraffickingEvents)
    ? (record.hte_TraffickingEvents as HtcdsRecord[])
    : [];
  const countries = (type: string) =>
    events
      .filter((e) => e.hte_Type === type && /^[A-Z]{2}$/.test(String(e.hte_Country)))
      .map((e) => String(e.hte_Country));
  const industry = str(record.vic_ForcedLabourIndustry)?.charAt(0) ?? null;
  const forms = pick(exploitationForms, record.vic_TypeOfExploitation);
  const contacts = [
    ...(str(record.prs_MobilePhone) ? [{ kind: 'phone', value: str(record.prs_MobilePhone) as string }] : []),
    ...(str(record.prs_Email) ? [{ kind: 'email', value: str(record.prs_Email) as string }] : []),
  ];
  const hasContext = forms.length > 0 || events.length > 0 || industry !== null;
  return {
    person: {
      gender,
      birthYear: birthDate ? Number(birthDate.slice(0, 4)) : null,
      citizenships: (Array.isArray(record.prs_Citizenship)
        ? record.prs_Citizenship
        : [record.prs_Citizenship]
      ).filter((c): c is string => typeof c === 'string' && /^[A-Z]{2}$/.test(c)),
      languages: [record.prs_PrimaryLanguage, record.prs_SecondaryLanguage]
        .filter((l): l is string => typeof l === 'string' && /^[a-z]{2,3}$/.test(l))
        .map(fromIso6392),
      identity: {
        givenNames: str(record.prs_FirstName),
        otherNames: str(record.prs_MiddleName),
        familyName: str(record.prs_SecondName),
        birthDate,
        documents: str(record.prs_IdentityNumber)
          ? [{ type: 'identity', number: str(record.prs_IdentityNumber) as string }]
          : [],
        contacts,
      },
    },
    exploitation: hasContext
      ? {
          forms,
          industry: industry && isicSectionNames[industry] ? industry : null,
          meansOfControl: pick(meansOfControl, record.vic_MethodsOfControl),
          recruitmentMethods: pick(recruitmentMethods, record.vic_MethodOfRecruitment),
          recruiterRelationship: fromHtcdsRelationship(record.vic_RelationshipToTrafficker),
          recruitmentCountries: countries('Recruitment'),
          transitCountries: countries('Transit'),
          exploitationCountries: countries('Exploitation'),
          periodFrom: null,
          periodTo: null,
          childAtExploitation: null,
        }
      : null,
    source: {
      status: str(record.vic_TraffickingStatus),
      decidingBody: str(record.vic_TraffickingStatusDecisionMakingOrg),
    },
  };
}
