import { useTranslation } from 'react-i18next';
import type { en } from '../i18n/en.ts';

type ResourceKey = keyof typeof en.permissions.resources;
type ActionKey = keyof typeof en.permissions.actions;

/**
 * "organisation:read" -> "Organisations: read" in the user's language. Unknown resources (added
 * to the policy before this file learns them) fall back to the raw permission, never to nothing.
 */
export function usePermissionLabel(): (permission: string) => string {
  const { t, i18n } = useTranslation();
  return (permission) => {
    const [resource = '', action = ''] = permission.split(':');
    const resourceKey = `permissions.resources.${resource}`;
    const actionKey = `permissions.actions.${action}`;
    if (!i18n.exists(resourceKey) || !i18n.exists(actionKey)) return permission;
    return `${t(`permissions.resources.${resource as ResourceKey}`)}: ${t(`permissions.actions.${action as ActionKey}`)}`;
  };
}
