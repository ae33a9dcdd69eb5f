import {
  auditActionGroup,
  auditActionGroupLabels,
  auditActions,
  type Locale,
  labelAuditAction,
} from '@opennrm/contracts/vocabulary';
import type { TFunction } from 'i18next';

const toLocale = (language: string): Locale => (language === 'az' || language === 'ru' ? language : 'en');

/** The action picker's choices: every action the trail records, grouped by family, in words. */
export function auditActionOptions(language: string) {
  const locale = toLocale(language);
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const action of auditActions) {
    const group = auditActionGroup(action) as keyof (typeof auditActionGroupLabels)['en'];
    const heading = auditActionGroupLabels[locale][group];
    groups.set(heading, [
      ...(groups.get(heading) ?? []),
      { value: action, label: labelAuditAction(action, locale) },
    ]);
  }
  const byName = (a: string, b: string) => a.localeCompare(b, locale);
  return [...groups]
    .sort(([a], [b]) => byName(a, b))
    .map(([group, items]) => ({ group, items: items.sort((a, b) => byName(a.label, b.label)) }));
}

/** An action in the reader's words (an action no longer written shows its code). */
export function actionLabel(action: string, language: string): string {
  return labelAuditAction(action, toLocale(language));
}

/** An entity type in words (a type this list does not know yet: its family's name, else as stored). */
export function entityTypeLabel(type: string, t: TFunction, language: string): string {
  const family = (auditActionGroupLabels[toLocale(language)] as Record<string, string>)[type] ?? type;
  return t(`auditLog.entityTypes.${type}` as 'auditLog.entityTypes.person', { defaultValue: family });
}
