import { expect, it } from 'vitest';
import { describeAppOnEachBackend } from '../testing/describe-app-on-each-backend.ts';
import { presumedVictimAnswers } from '../testing/screening-answers.ts';

/**
 * The identification issue's done-when, over HTTP on both databases: an NGO screens and records
 * a presumed victim; the police identify; the person counts as identified by the state; a body
 * with no link cannot open it and does not find it; lists never carry sealed fields; the same
 * person registered again elsewhere in another script raises the duplicate warning.
 */
describeAppOnEachBackend('identification over HTTP', (app) => {
  it('NGO screens, police identify, the state counts it, others see nothing', async () => {
    const t = app();
    const ngo = await t.signInAs('case_worker');
    const created = await t.request('POST', '/api/persons', {
      headers: ngo,
      body: {
        gender: 'Feminine',
        birthYear: 1991,
        citizenships: ['PH'],
        identity: {
          givenNames: 'Maricel',
          familyName: 'Dela Cruz',
          birthDate: '1991-07-14',
          contacts: [{ kind: 'phone', value: '+994 50 555 12 12' }],
        },
      },
    });
    expect(created.status).toBe(201);
    const { person } = (await created.json()) as { person: { id: string; code: string } };

    const screening = await t.request('POST', `/api/persons/${person.id}/screenings`, {
      headers: ngo,
      body: {
        listKey: 'ilo-ec-2009-adult-labour',
        population: 'adult',
        answers: presumedVictimAnswers,
        outcome: 'presumed_victim',
      },
    });
    expect(screening.status).toBe(201);
    const recorded = (await screening.json()) as { screening: { result: { recommendation: string } } };
    expect(recorded.screening.result.recommendation).toBe('presumed_victim');

    const police = await t.signInAs('investigator');
    expect((await t.request('GET', `/api/persons/${person.id}`, { headers: police })).status).toBe(403);
    // She agrees that the police may know who she is; the NGO shares the record with identity.
    await t.request('POST', `/api/persons/${person.id}/consents`, {
      headers: ngo,
      body: {
        purposes: ['share_identity'],
        organisationIds: [t.organisations.police.id],
        means: 'written',
        givenOn: new Date().toISOString().slice(0, 10),
      },
    });
    expect(
      (
        await t.request('POST', `/api/persons/${person.id}/shares`, {
          headers: ngo,
          body: {
            organisationId: t.organisations.police.id,
            reason: 'Identification decision',
            shareIdentity: true,
          },
        })
      ).status,
    ).toBe(204);
    const decision = await t.request('POST', `/api/persons/${person.id}/decisions`, {
      headers: police,
      body: {
        outcome: 'identified',
        decidedOn: new Date().toISOString().slice(0, 10),
        grounds: 'Certified after interview',
      },
    });
    expect(decision.status).toBe(201);
    const file = (await (await t.request('GET', `/api/persons/${person.id}`, { headers: ngo })).json()) as {
      person: { status: string; statusBodyType: string; stateDecided: boolean; ngoOnly: boolean };
    };
    expect(file.person).toMatchObject({
      status: 'identified',
      statusBodyType: 'Police',
      stateDecided: true,
      ngoOnly: false,
    });

    const prosecutor = await t.signInAs('prosecutor');
    expect((await t.request('GET', `/api/persons/${person.id}`, { headers: prosecutor })).status).toBe(403);
    const theirs = await (
      await t.request('GET', `/api/persons?code=${person.code}`, { headers: prosecutor })
    ).json();
    expect(theirs).toEqual({ persons: [], nextCursor: null, total: 0, totalMore: false });
    // The holder finds the person by any fragment of the code in any case, and by name (blind
    // index); the prosecutor, who stands nowhere to the record, by neither.
    const codes = async (res: Response) =>
      ((await res.json()) as { persons: { code: string }[] }).persons.map((p) => p.code);
    const byCode = (headers: Record<string, string>, code: string) =>
      t.request('GET', `/api/persons?code=${code}`, { headers }).then(codes);
    const byName = (headers: Record<string, string>, name: string) =>
      t.request('POST', '/api/persons/search', { headers, body: { name } }).then(codes);
    const fragment = person.code.slice(4).toLowerCase();
    expect(await byCode(ngo, fragment)).toEqual([person.code]);
    expect(await byName(ngo, 'maricel dela cruz')).toEqual([person.code]);
    expect(await byName(ngo, 'Maricel')).toEqual([]);
    expect(await byName(prosecutor, 'Maricel Dela Cruz')).toEqual([]);
    expect(await byCode(prosecutor, fragment)).toEqual([]);

    for (const headers of [ngo, police]) {
      const list = await (await t.request('GET', '/api/persons', { headers })).text();
      expect(list).toContain(person.code);
      for (const secret of ['Maricel', 'Dela Cruz', '1991-07-14', '555 12 12', 'Certified after interview'])
        expect(list).not.toContain(secret);
      const page = await (await t.request('GET', `/api/persons/${person.id}`, { headers })).text();
      for (const secret of ['Maricel', 'Dela Cruz', '555 12 12', 'Certified after interview'])
        expect(page).not.toContain(secret);
    }
    const revealed = await t.request('POST', `/api/persons/${person.id}/identity/reveal`, {
      headers: police,
      body: { reason: 'To take a statement' },
    });
    expect(((await revealed.json()) as { identity: { givenNames: string } }).identity.givenNames).toBe(
      'Maricel',
    );
    const auditor = await t.signInAs('auditor');
    const trail = await (
      await t.request('GET', `/api/audit/events?entityId=${person.id}&action=person.identity_revealed`, {
        headers: auditor,
      })
    ).json();
    expect((trail as { events: { details: { reason: string } }[] }).events[0]?.details.reason).toBe(
      'To take a statement',
    );
  });

  it('warns when the same person is registered again elsewhere with a Cyrillic spelling', async () => {
    const t = app();
    const ngo = await t.signInAs('case_worker');
    const first = await t.request('POST', '/api/persons', {
      headers: ngo,
      body: {
        gender: 'Feminine',
        identity: { givenNames: 'Aysel', familyName: 'Məmmədova', birthDate: '1996-02-11' },
      },
    });
    expect(first.status).toBe(201);
    const police = await t.signInAs('investigator');
    const second = await t.request('POST', '/api/persons', {
      headers: police,
      body: {
        gender: 'Feminine',
        identity: { givenNames: 'Айсель', familyName: 'Мамедова', birthDate: '1996-02-11' },
      },
    });
    expect(second.status).toBe(409);
    const body = (await second.json()) as { error: { details: { possibleDuplicates: unknown[] } } };
    // Held elsewhere, and not said where: the duplicate check must not locate a victim.
    expect(body.error.details.possibleDuplicates).toEqual([
      { holder: 'elsewhere', personId: null, code: null },
    ]);
    expect(JSON.stringify(body)).not.toMatch(/Test ngo/);
    expect(JSON.stringify(body)).not.toMatch(/NRM-|Aysel/);
    const check = await t.request('POST', '/api/persons/duplicate-check', {
      headers: police,
      body: { name: 'Aysel Mamedova', birthDate: '1996-02-11' },
    });
    expect(((await check.json()) as { possibleDuplicates: unknown[] }).possibleDuplicates).toHaveLength(1);
    // A corrected name stops matching under the old spelling.
    const { person } = (await first.json()) as { person: { id: string } };
    await t.request('PATCH', `/api/persons/${person.id}`, {
      headers: ngo,
      body: { identity: { givenNames: 'Aytən' } },
    });
    const after = await t.request('POST', '/api/persons/duplicate-check', {
      headers: police,
      body: { name: 'Aysel Mamedova', birthDate: '1996-02-11' },
    });
    expect(((await after.json()) as { possibleDuplicates: unknown[] }).possibleDuplicates).toHaveLength(0);
  });

  it('exports a person as HTCDS (audited) and imports it elsewhere through the duplicate check', async () => {
    const t = app();
    const ngo = await t.signInAs('case_worker');
    const created = await t.request('POST', '/api/persons', {
      headers: ngo,
      body: {
        gender: 'Masculine',
        citizenships: ['UZ'],
        languages: ['uz', 'ru'],
        identity: {
          givenNames: 'Jasur',
          familyName: 'Toshmatov',
          birthDate: '1988-05-01',
          documents: [{ type: 'passport', number: 'FA1234567' }],
        },
      },
    });
    const { person } = (await created.json()) as { person: { id: string } };
    await t.request('PUT', `/api/persons/${person.id}/exploitation`, {
      headers: ngo,
      body: {
        forms: ['ForcedLabour', 'DomesticServitude'],
        industry: 'F',
        meansOfControl: ['WithholdsDocuments', 'DebtBondage'],
        recruitmentMethods: ['ThroughFriendsOrSocialEvents'],
        recruiterRelationship: 'Unacquainted',
        recruitmentCountries: ['UZ'],
        transitCountries: ['KZ'],
        exploitationCountries: ['AZ'],
        periodFrom: '2014-03-01',
        periodTo: '2014-11-30',
        childAtExploitation: false,
      },
    });
    const exported = (await (
      await t.request('GET', `/api/persons/${person.id}/htcds`, { headers: ngo })
    ).json()) as { record: Record<string, unknown>; traffickingEvents: Record<string, unknown>[] };
    expect(exported.record).toMatchObject({
      prs_FirstName: 'Jasur',
      prs_SecondName: 'Toshmatov',
      prs_Gender: 'Masculine',
      prs_Citizenship: ['UZ'],
      prs_PrimaryLanguage: 'uzb',
      prs_IdentityNumber: 'FA1234567',
      vic_TraffickingStatus: 'PossibleVictimOfTrafficking',
      vic_TypeOfExploitation: ['ForcedLabour', 'Servitude'],
      vic_ForcedLabourIndustry: 'F_Construction',
      vic_RelationshipToTrafficker: 'Unaquainted',
    });
    expect(exported.traffickingEvents).toEqual([
      { hte_Type: 'Recruitment', hte_Country: 'UZ' },
      { hte_Type: 'Transit', hte_Country: 'KZ' },
      { hte_Type: 'Exploitation', hte_Country: 'AZ', hte_Date: '2014-03-01' },
    ]);
    const police = await t.signInAs('investigator');
    const again = await t.request('POST', '/api/persons/htcds', {
      headers: police,
      body: exported,
    });
    expect(again.status).toBe(409);
    const imported = await t.request('POST', '/api/persons/htcds', {
      headers: police,
      body: { ...exported, confirmDuplicates: true },
    });
    expect(imported.status).toBe(201);
    const body = (await imported.json()) as {
      person: { id: string; citizenships: string[] };
      source: { status: string };
      notStored: { field: string }[];
    };
    expect(body.source.status).toBe('PossibleVictimOfTrafficking');
    expect(body.notStored.map((n) => n.field)).toEqual(['vic_TraffickingStatus']);
    const reexported = (await (
      await t.request('GET', `/api/persons/${body.person.id}/htcds`, { headers: police })
    ).json()) as typeof exported;
    expect(reexported).toEqual(exported);
    const unreadable = await t.request('POST', '/api/persons/htcds', {
      headers: police,
      body: { record: { prs_FirstName: 'Ali', prs_Citizenship: 'Atlantis', prs_Birthdate: '31/02/1990' } },
    });
    expect(unreadable.status).toBe(422);
    const refusal = (await unreadable.json()) as { error: { details: { issues: { field: string }[] } } };
    expect(refusal.error.details.issues.map((i) => i.field)).toEqual(['prs_Birthdate', 'prs_Citizenship']);
    const auditor = await t.signInAs('auditor');
    const trail = (await (
      await t.request('GET', '/api/audit/events?action=person.exported_htcds', { headers: auditor })
    ).json()) as { events: unknown[] };
    expect(trail.events.length).toBeGreaterThanOrEqual(2);
  });
});
