import { consentsSheet } from './consents-sheet.ts';
import { criminalCasesSheet, defendantsSheet } from './criminal-case-sheets.ts';
import { decisionsSheet } from './decisions-sheet.ts';
import {
  administrativeMeasuresSheet,
  compensationPaymentsSheet,
  defendantStagesSheet,
} from './defendant-stage-sheets.ts';
import { exploitationSheet } from './exploitation-sheet.ts';
import { allocationsSheet, budgetLinesSheet } from './funding-sheets.ts';
import { hotlineContactsSheet } from './hotline-contacts-sheet.ts';
import { htcdsSheet } from './htcds-sheet.ts';
import { personsSheet } from './persons-sheet.ts';
import { awarenessActivitiesSheet, oversightSheet, trainingsSheet } from './prevention-sheets.ts';
import { referralsSheet } from './referrals-sheet.ts';
import { screeningsSheet } from './screenings-sheet.ts';
import { servicesSheet } from './services-sheet.ts';
import type { SheetDefinition } from './sheet-definition.ts';
import { staysSheet } from './stays-sheet.ts';

/**
 * Every record type the historic import takes, in the order rows are written (a sheet comes
 * after the sheets it names). The importer, the templates, the CLI and the web read this list
 * and nothing else: a module (assistance, shelters, criminal cases, prevention) adds its sheet
 * definition here, after the sheets it references, and changes nothing in the importer.
 * Decisions come after referrals: a body other than the importing one decides only on a person
 * referred to it, as on the web.
 */
export const historicSheets: readonly SheetDefinition[] = [
  personsSheet,
  // IOM's HTCDS spreadsheet as an alternative input for persons (recognised by its field names).
  htcdsSheet,
  exploitationSheet,
  screeningsSheet,
  consentsSheet,
  referralsSheet,
  decisionsSheet,
  // Protection: what persons received and where they stayed (after decisions, so a service of a
  // referred body follows the referral), then the money.
  servicesSheet,
  staysSheet,
  budgetLinesSheet,
  allocationsSheet,
  // Prosecution: cases, their suspects, each suspect's stages in order, then what follows a
  // sentence or concerns an official.
  criminalCasesSheet,
  defendantsSheet,
  defendantStagesSheet,
  administrativeMeasuresSheet,
  compensationPaymentsSheet,
  // Prevention: awareness, trainings, oversight (no person), then the hotline's contacts, which
  // may name the person a contact led to.
  awarenessActivitiesSheet,
  trainingsSheet,
  oversightSheet,
  hotlineContactsSheet,
];
