import {
  decidingBodyTypes,
  type Exploitation,
  exploitationForms,
  genders,
  htcdsOtherFields,
  htcdsPicklists,
  htcdsTemplateFields,
  identificationStatuses,
  isicSections,
  meansOfControl,
  type Person,
  recruiterRelationships,
  recruitmentMethods,
  type ServiceDelivery,
  serviceTypes,
  sexExploitationTypes,
  toHtcds,
} from '@opennrm/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readHtcdsFieldStandard, type StandardField } from './htcds-toolkit.ts';

/** ISO 639-1 codes, each a language a person may speak (every one with a two-letter code). */
const languages =
  'aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu'.split(
    ' ',
  );

/** Persons covering every value of every value set the export maps, one value set at a time. */
function everyValue(): { person: Person; exploitation: Exploitation }[] {
  const n = Math.max(
    exploitationForms.length,
    isicSections.length,
    meansOfControl.length,
    recruitmentMethods.length,
    languages.length,
  );
  const at = <T>(list: readonly T[], i: number) => list[i % list.length] as T;
  return Array.from({ length: n }, (_, i) => ({
    person: {
      id: `p${i}`,
      code: `P-${i}`,
      organisationId: 'o',
      gender: at(genders, i),
      birthYear: 1980 + (i % 30),
      ageBand: null,
      childAtIdentification: null,
      citizenships: ['AZ'],
      languages: [at(languages, i), at(languages, i + 1)],
      status: at(identificationStatuses, i),
      statusBodyType: i % 6 === 5 ? null : at(decidingBodyTypes, i),
      statusDecidedAt: null,
      stateDecided: false,
      firstScreenedAt: null,
      decisionDueAt: null,
      sealed: {},
      createdBy: 'u',
      createdAt: new Date(0),
      updatedAt: new Date(0),
    },
    exploitation: {
      personId: `p${i}`,
      forms: [at(exploitationForms, i)],
      industry: at(isicSections, i),
      sexExploitationTypes: [at(sexExploitationTypes, i)],
      meansOfControl: [at(meansOfControl, i)],
      recruitmentMethods: [at(recruitmentMethods, i)],
      recruiterRelationship: at(recruiterRelationships, i),
      recruitmentCountries: ['UZ'],
      transitCountries: ['KZ'],
      exploitationCountries: ['AZ'],
      periodFrom: '2014-01-01',
      periodTo: null,
      childAtExploitation: null,
      updatedBy: 'u',
      updatedAt: new Date(0),
    },
  }));
}

/** One delivery of every service type, ended, ongoing and one-off. */
const everyService: ServiceDelivery[] = serviceTypes.map((serviceType, i) => ({
  id: `s${i}`,
  personId: 'p0',
  serviceType,
  providerOrganisationId: 'o',
  deliveredOn: '2014-04-01',
  endedOn: i % 3 === 0 ? '2014-05-01' : null,
  amount: null,
  currency: null,
  outcome: i % 3 === 1 ? 'ongoing' : 'completed',
  referralId: null,
  noteSealed: null,
  recordedBy: 'u',
  recordedByOrganisationId: 'o',
  recordedAt: new Date(0),
}));

describe("HTCDS conformance, checked against IOM's field standard file", () => {
  let standard: Map<string, StandardField>;
  beforeAll(async () => {
    standard = await readHtcdsFieldStandard();
  });

  it('holds every picklist exactly as the standard spells its codes and labels', () => {
    expect(standard.size).toBeGreaterThan(60);
    for (const [field, values] of Object.entries(htcdsPicklists)) {
      expect(
        values.map(([code]) => code),
        field,
      ).toEqual(standard.get(field)?.codes);
      expect(
        values.map(([, label]) => label),
        field,
      ).toEqual(standard.get(field)?.labels);
    }
  });

  it("records the types of sexual exploitation under the standard's own codes", () => {
    expect([...sexExploitationTypes]).toEqual(standard.get('vic_TypeOfSexExploitation')?.codes);
  });

  it("reads the templates' columns under the standard's own field names", () => {
    for (const [name] of htcdsTemplateFields) expect(standard.has(name), name).toBe(true);
    for (const name of htcdsOtherFields) expect(standard.has(name), name).toBe(true);
  });

  it('emits only field names and picklist values the standard holds, for every value we map', () => {
    const wrong: string[] = [];
    for (const { person, exploitation } of everyValue()) {
      const { record, traffickingEvents, supportPlans } = toHtcds(
        person,
        {
          givenNames: 'A',
          familyName: 'B',
          otherNames: 'C',
          documents: [{ type: 'passport', number: 'X1' }],
          contacts: [
            { kind: 'mobile', value: '1' },
            { kind: 'phone', value: '2' },
            { kind: 'email', value: 'a@b.c' },
          ],
          addresses: ['Baku'],
        },
        exploitation,
        {
          caseFacts: {
            consentInForce: true,
            incoming: { organisation: 'Police', sentOn: '2014-03-01' },
            outgoing: { organisation: 'Shelter', sentOn: '2014-03-02' },
          },
          services: everyService,
        },
      );
      for (const [name, value] of [
        ...Object.entries(record),
        ...traffickingEvents.flatMap(Object.entries),
        ...supportPlans.flatMap(Object.entries),
      ]) {
        const field = standard.get(name);
        if (!field) {
          wrong.push(`${name}: not an HTCDS field`);
          continue;
        }
        for (const v of Array.isArray(value) ? value : [value]) {
          if (v === null) continue;
          if (field.codes.length > 0 && !field.codes.includes(String(v))) wrong.push(`${name}: ${v}`);
          if (/Language$/.test(name) && !/^[a-z]{3}$/.test(String(v)))
            wrong.push(`${name}: ${v} is not ISO 639-2`);
          if (/Citizenship|Location|Country/.test(name) && !/^[A-Z]{2}$/.test(String(v)))
            wrong.push(`${name}: ${v} is not ISO 3166`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
