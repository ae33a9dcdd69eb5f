import { can, canAny } from '../common/permissions.ts';

export interface NavItem {
  to: string;
  labelKey:
    | 'nav.home'
    | 'nav.persons'
    | 'nav.referrals'
    | 'nav.statistics'
    | 'nav.statisticsReleases'
    | 'nav.organisations'
    | 'nav.users'
    | 'nav.identificationSettings'
    | 'nav.referralSettings'
    | 'nav.statisticsSettings'
    | 'nav.indicatorLists'
    | 'nav.historicImport'
    | 'nav.audit'
    | 'nav.retention'
    | 'nav.subjectRequests'
    | 'nav.account'
    | 'protectionNav.shelters'
    | 'protectionNav.funding'
    | 'prosecutionNav.cases'
    | 'preventionNav.prevention'
    | 'preventionNav.hotline'
    | 'countryReportNav.title';
  testId: string;
}

/**
 * The navigation follows the permissions GET /api/me returns, never the role names: the policy
 * in core decides, the UI only reflects it. Every role's `user:read` reaches beyond the user's
 * own record (own organisation at least), so "Users" follows `user:read` alone. "Persons" also
 * shows for those who may only register (hotline): the page then offers registration alone.
 */
export function navItems(permissions: readonly string[]): NavItem[] {
  const items: NavItem[] = [{ to: '/', labelKey: 'nav.home', testId: 'nav-home' }];
  if (canAny(permissions, ['person:read', 'person:create'])) {
    items.push({ to: '/persons', labelKey: 'nav.persons', testId: 'nav-persons' });
  }
  if (can(permissions, 'referral:read')) {
    items.push({ to: '/referrals', labelKey: 'nav.referrals', testId: 'nav-referrals' });
  }
  // Investigators, prosecutors and the integrity unit: the server lists only the cases each may read.
  if (canAny(permissions, ['criminal_case:read', 'criminal_case_complicity:read'])) {
    items.push({ to: '/cases', labelKey: 'prosecutionNav.cases', testId: 'nav-cases' });
  }
  if (can(permissions, 'shelter:read')) {
    items.push({ to: '/shelters', labelKey: 'protectionNav.shelters', testId: 'nav-shelters' });
  }
  if (can(permissions, 'funding:read')) {
    items.push({ to: '/funding', labelKey: 'protectionNav.funding', testId: 'nav-funding' });
  }
  // Prevention and coordination: the hotline first for its operators (a call may be live).
  if (can(permissions, 'hotline_contact:read')) {
    items.push({ to: '/hotline', labelKey: 'preventionNav.hotline', testId: 'nav-hotline' });
  }
  // One entry for prevention: its page links the activities, the action plan and the recommendations.
  if (canAny(permissions, ['prevention_activity:read', 'action_plan:read', 'recommendation:read'])) {
    items.push({ to: '/prevention', labelKey: 'preventionNav.prevention', testId: 'nav-prevention' });
  }
  // The report follows statistics:read alone: the server scopes the figures (national, or the
  // user's own organisation), so every holder of the permission has a report to open.
  if (can(permissions, 'statistics:read')) {
    items.push({ to: '/statistics', labelKey: 'nav.statistics', testId: 'nav-statistics' });
  }
  if (can(permissions, 'statistics_release:read')) {
    items.push({
      to: '/statistics/releases',
      labelKey: 'nav.statisticsReleases',
      testId: 'nav-statistics-releases',
    });
  }
  if (can(permissions, 'country_report:read')) {
    items.push({ to: '/country-report', labelKey: 'countryReportNav.title', testId: 'nav-country-report' });
  }
  if (can(permissions, 'organisation:read')) {
    items.push({ to: '/organisations', labelKey: 'nav.organisations', testId: 'nav-organisations' });
  }
  if (can(permissions, 'user:read')) items.push({ to: '/users', labelKey: 'nav.users', testId: 'nav-users' });
  if (can(permissions, 'configuration:update')) {
    items.push({
      to: '/settings/identification',
      labelKey: 'nav.identificationSettings',
      testId: 'nav-identification-settings',
    });
    items.push({
      to: '/settings/referrals',
      labelKey: 'nav.referralSettings',
      testId: 'nav-referral-settings',
    });
    items.push({
      to: '/settings/statistics',
      labelKey: 'nav.statisticsSettings',
      testId: 'nav-statistics-settings',
    });
    items.push({
      to: '/settings/indicator-lists',
      labelKey: 'nav.indicatorLists',
      testId: 'nav-indicator-lists',
    });
  }
  if (can(permissions, 'historic_import:create')) {
    items.push({ to: '/settings/history', labelKey: 'nav.historicImport', testId: 'nav-historic-import' });
  }
  if (can(permissions, 'retention:update'))
    items.push({ to: '/settings/retention', labelKey: 'nav.retention', testId: 'nav-retention' });
  if (can(permissions, 'audit_log:read'))
    items.push({ to: '/audit', labelKey: 'nav.audit', testId: 'nav-audit' });
  if (can(permissions, 'data_subject_request:create'))
    items.push({
      to: '/data-subject-requests',
      labelKey: 'nav.subjectRequests',
      testId: 'nav-subject-requests',
    });
  items.push({ to: '/account', labelKey: 'nav.account', testId: 'nav-account' });
  return items;
}
