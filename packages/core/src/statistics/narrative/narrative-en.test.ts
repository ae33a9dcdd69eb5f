import { describe, expect, it } from 'vitest';
import { draftNarrative } from './draft-narrative.ts';
import { edgeCases, edgeCasesFor } from './narrative-cases.ts';
import { narrativeProblems } from './narrative-invariants.ts';

// The edge cases of narrative-cases.ts, each checked against the paragraph(s) written by hand.
const expected: Record<string, string> = {
  'victims 0': 'No trafficking victims were identified in 2014, down from five in 2013.',
  'decisions 0': 'No first identification decision fell due in 2014.',
  'referrals 0': 'No referrals were sent in 2014, down from five in 2013.',
  'victims 1': 'In 2014, one trafficking victim was identified (a woman), down from five in 2013.',
  'decisions 1': 'In 2014, a first identification decision was due for one person and was made on time.',
  'referrals 1': 'In 2014, one referral was sent, down from five in 2013. It was accepted.',
  'victims 2': 'In 2014, two trafficking victims were identified (two women), down from five in 2013.',
  'decisions 2': 'In 2014, first identification decisions were due for two persons: two were made on time.',
  'referrals 2': 'In 2014, two referrals were sent, down from five in 2013. Of these, two were accepted.',
  'victims 5': 'In 2014, five trafficking victims were identified (five women), the same number as in 2013.',
  'decisions 5': 'In 2014, first identification decisions were due for five persons: five were made on time.',
  'referrals 5':
    'In 2014, five referrals were sent, the same number as in 2013. Of these, five were accepted.',
  'victims 11': 'In 2014, 11 trafficking victims were identified (11 women), up from five in 2013.',
  'decisions 11': 'In 2014, first identification decisions were due for 11 persons: 11 were made on time.',
  'referrals 11': 'In 2014, 11 referrals were sent, up from five in 2013. Of these, 11 were accepted.',
  'victims 21': 'In 2014, 21 trafficking victims were identified (21 women), up from five in 2013.',
  'decisions 21': 'In 2014, first identification decisions were due for 21 persons: 21 were made on time.',
  'referrals 21': 'In 2014, 21 referrals were sent, up from five in 2013. Of these, 21 were accepted.',
  'victims 22': 'In 2014, 22 trafficking victims were identified (22 women), up from five in 2013.',
  'decisions 22': 'In 2014, first identification decisions were due for 22 persons: 22 were made on time.',
  'referrals 22': 'In 2014, 22 referrals were sent, up from five in 2013. Of these, 22 were accepted.',
  'victims 101': 'In 2014, 101 trafficking victims were identified (101 women), up from five in 2013.',
  'decisions 101': 'In 2014, first identification decisions were due for 101 persons: 101 were made on time.',
  'referrals 101': 'In 2014, 101 referrals were sent, up from five in 2013. Of these, 101 were accepted.',
  'victims 1234': 'In 2014, 1,234 trafficking victims were identified (1,234 women), up from five in 2013.',
  'decisions 1234':
    'In 2014, first identification decisions were due for 1,234 persons: 1,234 were made on time.',
  'referrals 1234':
    'In 2014, 1,234 referrals were sent, up from five in 2013. Of these, 1,234 were accepted.',
  'victims none in either year': 'No trafficking victims were identified in 2014 or 2013.',
  'referrals none in either year': 'No referrals were sent in 2014 or 2013.',
  'victims up from none':
    'In 2014, three trafficking victims were identified (three women), up from none in 2013.',
  'victims in full':
    'In 2014, 314 trafficking victims were identified (200 women, 14 girls, 90 men, six boys and four persons of unknown sex), up from 300 in 2013. State bodies identified 260 and non-governmental organisations alone 54. By form of exploitation, 190 were victims of sexual exploitation, 110 of labour exploitation and 14 of an unrecorded form of exploitation. By type of trafficking, 200 were victims of internal trafficking and 114 of transnational trafficking. By nationality, 309 were citizens of the country and one a foreign national. In 2014, 601 persons were screened for indicators of trafficking and 321 were found to be presumed victims.',
  'one victim':
    'In 2014, one trafficking victim was identified (a girl), the same number as in 2013. The victim was identified by non-governmental organisations alone.',
  'hidden figures':
    'In 2014, 53 trafficking victims were identified (an undisclosed number of women, an undisclosed number of girls and 10 men), down from 60 in 2013. By nationality, an undisclosed number were citizens of the country and an undisclosed number were foreign nationals.',
  'hidden previous':
    'In 2014, 40 referrals were sent, compared with an undisclosed number in 2013. Of these, 40 were accepted.',
  'decisions in full':
    'In 2014, first identification decisions were due for 50 persons: 40 were made on time, eight were made late or had not been made by the time of the report and two were not yet overdue at the time of the report. By the time of the report, 39 had been identified as trafficking victims, nine had been found not to be victims and two were still awaiting a decision. The first decision came a median of 4.5 days after the first screening as a presumed victim (adults: four days; children: one day).',
  'one decision, found not a victim':
    'In 2014, a first identification decision was due for one person and was made late or had not been made by the time of the report. By the time of the report, the person had been found not to be a victim.',
  'referrals in full':
    "In 2014, 616 referrals were sent, up from none in 2013. Of these, 300 were accepted, 102 were completed, 60 were declined, 28 were withdrawn and 126 were still awaiting an answer at the time of the report. Measured against the respond-by date, 402 were answered on time, 163 were answered late, 23 were overdue (no answer by the time of the report) and 28 were withdrawn before an answer. Recipients took a median of 3.5 days to accept or decline a referral. The person's identity was shared with the recipient with their consent in 500 referrals, under the child rule in 40 and through an audited override in one; it was not shared in 75.",
  'the country':
    'In 2014, 22 trafficking victims were identified in Azerbaijan (22 women), up from five in 2013.',
  'a region':
    'In 2014, 22 trafficking victims were identified in the Ganja region (22 women), up from five in 2013. In 2014, two referrals were sent in the Ganja region, up from none in 2013. Of these, two were still awaiting an answer at the time of the report.',
  'an organisation':
    'In 2014, 22 trafficking victims were identified in the records of Clean Start (22 women), up from five in 2013.',
  'a half year':
    'From 1 January to 30 June 2025, 22 trafficking victims were identified (22 women), up from five in the period from 1 July to 31 December 2024. From 1 January to 30 June 2025, first identification decisions were due for three persons: three were made on time.',
  'a half year, none in either':
    'No trafficking victims were identified from 1 January to 30 June 2025 or from 1 July to 31 December 2024.',
  'April to March':
    'From 1 April 2014 to 31 March 2015, 22 trafficking victims were identified (22 women), up from five in the period from 1 April 2013 to 31 March 2014.',
  'US spelling':
    'In 2014, 22 trafficking victims were identified (22 women), up from five in 2013. State bodies identified 20 and non-governmental organizations alone two.',
  'a CTDC dataset':
    'In 2014, 22 trafficking victims were registered in the dataset (22 women), up from five in 2013.',
};

describe('English narrative: hand-written sentences for the edge cases', () => {
  it('has a written sentence for every case', () => {
    expect(Object.keys(expected).sort()).toEqual(Object.keys(edgeCases).sort());
  });

  it.each(edgeCasesFor('en'))('%s', (name, input) => {
    const paragraphs = draftNarrative(input);
    expect(paragraphs.map((paragraph) => paragraph.text).join(' ')).toBe(expected[name]);
    expect(narrativeProblems(input, paragraphs)).toEqual([]);
  });
});
