import { describe, expect, it } from 'vitest';
import type { ServiceDelivery } from '../protection/protection.ts';
import { fromHtcds, toHtcds } from './htcds-person.ts';
import { toHtcdsSupportPlans } from './htcds-support-plans.ts';
import { readDate } from './htcds-values.ts';
import type { Exploitation, Person } from './person.ts';

/** One row as a person fills IOM's single-select template: labels, names, the template's headers. */
const templateRow = {
  prs_FirstName: 'Leyla',
  prs_SecondName: 'Aliyeva',
  prs_Birthdate: '35869',
  prs_Gender: 'Feminine',
  prs_Citizenship: 'Azerbaijan',
  prs_MobilePhone: '+994 50 123 45 67',
  prs_HomePhone: '+994 12 555 55 55',
  vic_TraffickingStatus: 'Actual victim of trafficking',
  vic_TraffickinStatusDecisionMakingOrg: 'Court or prosecution',
  vic_MethodOfRecruitment: 'Through friends or social events',
  vic_MethodsOfControl: 'Debt bondage ;Withholds documents',
  vic_TypeOfExploitation: 'Forced labour',
  vic_ForcedLabourIndustry: 'Construction',
  vic_LocationOfExploitation: 'Russian Federation',
  prs_Salutation: 'Ms',
};

describe('HTCDS import of what people really have', () => {
  it("takes a row of IOM's template as it is: labels, country names, Excel dates, the misspelt header", () => {
    const imported = fromHtcds(templateRow);
    expect(imported.invalid).toEqual([]);
    expect(imported.person).toMatchObject({
      gender: 'Feminine',
      birthYear: 1998,
      citizenships: ['AZ'],
      identity: {
        givenNames: 'Leyla',
        familyName: 'Aliyeva',
        birthDate: '1998-03-15',
        contacts: [
          { kind: 'mobile phone', value: '+994 50 123 45 67' },
          { kind: 'home phone', value: '+994 12 555 55 55' },
        ],
      },
    });
    expect(imported.exploitation).toMatchObject({
      forms: ['ForcedLabour'],
      industry: 'F',
      meansOfControl: ['DebtBondage', 'WithholdsDocuments'],
      recruitmentMethods: ['ThroughFriendsOrSocialEvents'],
      exploitationCountries: ['RU'],
    });
    expect(imported.source).toEqual({
      status: 'ActualVictimOfTrafficking',
      decidingBody: 'CourtOrProsecution',
    });
    // Read but not kept: named with the reason, never dropped silently.
    expect(imported.notStored.map((n) => n.field).sort()).toEqual(
      ['prs_Salutation', 'vic_TraffickingStatus', 'vic_TraffickingStatusDecisionMakingOrg'].sort(),
    );
  });

  it('reads every industry label of the template to its own ISIC section', () => {
    const labels: [string, string][] = [
      ['Construction', 'F'],
      ['Manufacturing', 'C'],
      ['Water supply; sewerage, waste management and remediation', 'E'],
      ['Wholesale and retail trade; repair of motor vehicles and motorcycles', 'G'],
      ['Public administration and defence; compulsory social security', 'O'],
      ['Activities of extraterritorial organizations and bodies', 'U'],
      ['E_WaterSupplySewerageWasteManagementAndRemediationActivities', 'E'],
    ];
    for (const [label, section] of labels)
      expect(
        fromHtcds({ prs_FirstName: 'A', vic_ForcedLabourIndustry: label }).exploitation?.industry,
        label,
      ).toBe(section);
  });

  it('reads country names in English, Russian and Azerbaijani, and ISO codes of two or three letters', () => {
    const imported = fromHtcds({ prs_FirstName: 'A', prs_Citizenship: 'Azərbaycan;Россия;UZB;kz;Viet Nam' });
    expect(imported.person.citizenships).toEqual(['AZ', 'RU', 'UZ', 'KZ', 'VN']);
  });

  it('reads dates day first by default, month first when stated, a year alone, and refuses nonsense', () => {
    expect(readDate('15/03/1998')).toEqual({ ok: true, value: { date: '1998-03-15', year: 1998 } });
    expect(readDate('03/15/1998', 'mdy')).toEqual({ ok: true, value: { date: '1998-03-15', year: 1998 } });
    expect(readDate('1998')).toEqual({ ok: true, value: { date: null, year: 1998 } });
    expect(readDate('1998-03-15T00:00:00.000Z')).toMatchObject({ ok: true, value: { date: '1998-03-15' } });
    expect(readDate('31/02/1998').ok).toBe(false);
    expect(readDate('spring').ok).toBe(false);
  });

  it("takes the XLSForm's names and Kobo's exports (space-separated choices, group paths, a column per choice)", () => {
    const imported = fromHtcds({
      'group_person/prs_First_Name': 'Aziz',
      prs_Second_Name: 'Karimov',
      prs_Gender: 'Masculine',
      vic_Methods_of_Control: 'DebtBondage FalsePromises',
      'vic_TypeOfExploitation/ForcedLabour': '1',
      'vic_TypeOfExploitation/SexualExploitation': '0',
      _uuid: 'c0ffee',
      _submission_time: '2020-01-01T10:00:00',
    });
    expect(imported.invalid).toEqual([]);
    expect(imported.notStored).toEqual([]);
    expect(imported.person.identity).toMatchObject({ givenNames: 'Aziz', familyName: 'Karimov' });
    expect(imported.exploitation).toMatchObject({
      forms: ['ForcedLabour'],
      meansOfControl: ['DebtBondage', 'FalsePromises'],
    });
  });

  it('names the perpetrator and support-plan fields as not kept, with why, under any spelling', () => {
    const imported = fromHtcds({
      prs_FirstName: 'A',
      'perpetrator/per_Role_In_Process': 'RecruiterOrIntermediary',
      spl_Type: 'Health',
      spl_ActualEndDate: '2014-05-01',
    });
    expect(imported.invalid).toEqual([]);
    expect(imported.notStored.map((n) => [n.field, n.reason.split(' ').slice(0, 4).join(' ')])).toEqual([
      ['per_RoleInProcess', 'A perpetrator in OpenNRM'],
      ['spl_Type', 'A support plan is'],
      ['spl_ActualEndDate', 'A support plan is'],
    ]);
  });

  it('names every value it cannot read, with the field and the reason', () => {
    const imported = fromHtcds({
      prs_FirstName: 'A',
      prs_Gender: 'Woman',
      prs_Citizenship: 'Atlantis',
      prs_Birthdate: '15/13/1998',
      vic_TypeOfExploitation: 'Forced labour;Piracy',
      vic_TypeOfSexExploitation: 'Prostitution',
      favourite_colour: 'blue',
    });
    expect(imported.invalid.map((i) => i.field)).toEqual([
      'prs_Birthdate',
      'prs_Gender',
      'prs_Citizenship',
      'vic_TypeOfExploitation',
      // A type of sexual exploitation without the form: which one is wrong is the user's to say.
      'vic_TypeOfSexExploitation',
    ]);
    expect(imported.invalid.find((i) => i.field === 'vic_TypeOfExploitation')?.reason).toMatch(/"Piracy"/);
    expect(imported.notStored).toEqual([
      { field: 'favourite_colour', value: 'blue', reason: 'Not an HTCDS field OpenNRM reads.' },
    ]);
  });
});

const person: Person = {
  id: 'p1',
  code: 'P-1',
  organisationId: 'o1',
  gender: 'Masculine',
  birthYear: 1990,
  ageBand: null,
  childAtIdentification: false,
  citizenships: ['AF'],
  languages: ['ps', 'de'],
  status: 'identified',
  statusBodyType: 'Police',
  statusDecidedAt: null,
  stateDecided: true,
  firstScreenedAt: null,
  decisionDueAt: null,
  sealed: {},
  createdBy: 'u1',
  createdAt: new Date(0),
  updatedAt: new Date(0),
};
const exploitation: Exploitation = {
  personId: 'p1',
  forms: ['ForcedLabour', 'DomesticServitude'],
  industry: 'E',
  sexExploitationTypes: [],
  meansOfControl: ['DebtBondage'],
  recruitmentMethods: ['AtWork'],
  recruiterRelationship: 'Unacquainted',
  recruitmentCountries: ['AF'],
  transitCountries: ['IR'],
  exploitationCountries: ['AZ'],
  periodFrom: '2014-03-01',
  periodTo: null,
  childAtExploitation: false,
  updatedBy: 'u1',
  updatedAt: new Date(0),
};

describe('HTCDS export', () => {
  it('writes a birth year alone as the year, languages in ISO 639-2, phones by kind, the standard industry code', () => {
    const { record, traffickingEvents } = toHtcds(
      person,
      {
        givenNames: 'Ahmad',
        contacts: [
          { kind: 'home', value: '+93 20 000' },
          { kind: 'mobile', value: '+93 70 000' },
          { kind: 'e-mail', value: 'a@example.org' },
        ],
      },
      exploitation,
    );
    expect(record).toMatchObject({
      prs_Birthdate: '1990',
      prs_PrimaryLanguage: 'pus',
      prs_SecondaryLanguage: 'deu',
      prs_MobilePhone: '+93 70 000',
      prs_HomePhone: '+93 20 000',
      prs_Email: 'a@example.org',
      vic_ForcedLabourIndustry: 'E_WaterSupplySewerageWasteManagement',
      vic_TypeOfExploitation: ['ForcedLabour', 'Servitude'],
      vic_RelationshipToTrafficker: 'Unaquainted',
    });
    expect(record).not.toHaveProperty('prs_ID');
    expect(traffickingEvents).toEqual([
      { hte_Type: 'Recruitment', hte_Country: 'AF' },
      { hte_Type: 'Transit', hte_Country: 'IR' },
      { hte_Type: 'Exploitation', hte_Country: 'AZ', hte_Date: '2014-03-01' },
    ]);
  });

  it('reads back what it writes: export, import, export gives the same record', () => {
    const first = toHtcds(person, { givenNames: 'Ahmad', addresses: ['Baku, Nizami 1'] }, exploitation);
    const imported = fromHtcds(first.record, first.traffickingEvents);
    expect(imported.invalid).toEqual([]);
    const again = toHtcds(
      { ...person, ...imported.person, status: person.status } as Person,
      imported.person.identity ?? {},
      { ...exploitation, ...imported.exploitation } as Exploitation,
    );
    expect(again).toEqual(first);
  });
});

describe('HTCDS support plans from the services delivered', () => {
  const service = (patch: Partial<ServiceDelivery>): ServiceDelivery => ({
    id: 's',
    personId: 'p1',
    serviceType: 'medical',
    providerOrganisationId: 'o',
    deliveredOn: '2014-04-01',
    endedOn: null,
    amount: null,
    currency: null,
    outcome: 'completed',
    referralId: null,
    noteSealed: 'v1:sealed',
    recordedBy: 'u',
    recordedByOrganisationId: 'o',
    recordedAt: new Date(0),
    ...patch,
  });

  it('writes a type and the day support ended, never the provider or the note, and nothing refused', () => {
    expect(
      toHtcdsSupportPlans([
        service({ serviceType: 'vocational_training', deliveredOn: '2014-06-01', outcome: 'ongoing' }),
        service({ serviceType: 'medical' }),
        service({ serviceType: 'legal_aid', endedOn: '2014-09-30', outcome: 'discontinued' }),
        service({ serviceType: 'psychological', outcome: 'refused_by_person' }),
        service({ serviceType: 'interpretation' }),
      ]),
    ).toEqual([
      { spl_Type: 'Health', spl_ActualEndDate: '2014-04-01' },
      { spl_Type: 'Legal', spl_ActualEndDate: '2014-09-30' },
      { spl_Type: 'Livelihood', spl_ActualEndDate: null },
    ]);
  });

  it('reads support plans back only to name them as not kept', () => {
    const imported = fromHtcds({ prs_FirstName: 'A' }, [], {
      supportPlans: [{ spl_Type: 'Health', spl_ActualEndDate: '2014-04-01', spl_Objectives: '' }],
    });
    expect(imported.notStored.map((n) => n.field)).toEqual([
      'supportPlans[0].spl_Type',
      'supportPlans[0].spl_ActualEndDate',
    ]);
  });
});
