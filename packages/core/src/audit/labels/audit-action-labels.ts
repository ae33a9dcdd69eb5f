import type { Locale } from '../../model.ts';
import type { AuditAction, AuditActionGroup } from '../audit-actions.ts';
import { auditActionGroupLabelsAz, auditActionLabelsAz } from './audit-action-labels-az.ts';
import { auditActionGroupLabelsEn, auditActionLabelsEn } from './audit-action-labels-en.ts';
import { auditActionGroupLabelsRu, auditActionLabelsRu } from './audit-action-labels-ru.ts';

/** Audit actions' words by language: the web page, its picker and the CSV export read these. */
export const auditActionLabels: Record<Locale, Record<AuditAction, string>> = {
  en: auditActionLabelsEn,
  az: auditActionLabelsAz,
  ru: auditActionLabelsRu,
};

export const auditActionGroupLabels: Record<Locale, Record<AuditActionGroup, string>> = {
  en: auditActionGroupLabelsEn,
  az: auditActionGroupLabelsAz,
  ru: auditActionGroupLabelsRu,
};

/** The words for a stored action; an action no longer written (older events) shows its code. */
export function labelAuditAction(action: string, locale: Locale): string {
  return (auditActionLabels[locale] as Record<string, string>)[action] ?? action;
}
