import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { RequireAuth } from './auth/require-auth.tsx';
import { SignInPage } from './auth/sign-in-page.tsx';
import { NotFoundPage } from './common/not-found-page.tsx';
import { HomePage } from './home/home-page.tsx';
import { ShellLayout } from './shell/shell-layout.tsx';

// Sign-in and home load with the app; the rest is fetched when first opened, so a slow
// connection gets to a usable screen sooner.
const OrganisationsPage = lazy(() =>
  import('./organisations/organisations-page.tsx').then((m) => ({ default: m.OrganisationsPage })),
);
const OrganisationCreatePage = lazy(() =>
  import('./organisations/organisation-create-page.tsx').then((m) => ({ default: m.OrganisationCreatePage })),
);
const OrganisationEditPage = lazy(() =>
  import('./organisations/organisation-edit-page.tsx').then((m) => ({ default: m.OrganisationEditPage })),
);
const UsersPage = lazy(() => import('./users/users-page.tsx').then((m) => ({ default: m.UsersPage })));
const UserCreatePage = lazy(() =>
  import('./users/user-create-page.tsx').then((m) => ({ default: m.UserCreatePage })),
);
const UserEditPage = lazy(() =>
  import('./users/user-edit-page.tsx').then((m) => ({ default: m.UserEditPage })),
);
const AccountPage = lazy(() =>
  import('./account/account-page.tsx').then((m) => ({ default: m.AccountPage })),
);
const PersonsPage = lazy(() =>
  import('./persons/persons-page.tsx').then((m) => ({ default: m.PersonsPage })),
);
const PersonCreatePage = lazy(() =>
  import('./persons/person-create-page.tsx').then((m) => ({ default: m.PersonCreatePage })),
);
const PersonPage = lazy(() => import('./persons/person-page.tsx').then((m) => ({ default: m.PersonPage })));
const IdentificationSettingsPage = lazy(() =>
  import('./settings/identification-settings-page.tsx').then((m) => ({
    default: m.IdentificationSettingsPage,
  })),
);
const ReferralSettingsPage = lazy(() =>
  import('./settings/referral-settings-page.tsx').then((m) => ({ default: m.ReferralSettingsPage })),
);
const StatisticsSettingsPage = lazy(() =>
  import('./settings/statistics-settings-page.tsx').then((m) => ({ default: m.StatisticsSettingsPage })),
);
const IndicatorListsPage = lazy(() =>
  import('./settings/indicator-lists-page.tsx').then((m) => ({ default: m.IndicatorListsPage })),
);
const HistoricImportPage = lazy(() =>
  import('./historic-import/historic-import-page.tsx').then((m) => ({ default: m.HistoricImportPage })),
);
const InboxPage = lazy(() => import('./referrals/inbox-page.tsx').then((m) => ({ default: m.InboxPage })));
const ReferralPage = lazy(() =>
  import('./referrals/referral-page.tsx').then((m) => ({ default: m.ReferralPage })),
);
const AlertsPage = lazy(() => import('./alerts/alerts-page.tsx').then((m) => ({ default: m.AlertsPage })));
const AlertPage = lazy(() => import('./alerts/alert-page.tsx').then((m) => ({ default: m.AlertPage })));
const StatisticsPage = lazy(() =>
  import('./statistics/statistics-page.tsx').then((m) => ({ default: m.StatisticsPage })),
);
const CountryReportPage = lazy(() =>
  import('./country-report/country-report-page.tsx').then((m) => ({ default: m.CountryReportPage })),
);
const StatisticsReleasesPage = lazy(() =>
  import('./statistics-releases/statistics-releases-page.tsx').then((m) => ({
    default: m.StatisticsReleasesPage,
  })),
);
const ShelterBoardPage = lazy(() =>
  import('./protection/shelter-board-page.tsx').then((m) => ({ default: m.ShelterBoardPage })),
);
const FacilityPage = lazy(() =>
  import('./protection/facility-page.tsx').then((m) => ({ default: m.FacilityPage })),
);
const FundingPage = lazy(() =>
  import('./protection/funding-page.tsx').then((m) => ({ default: m.FundingPage })),
);
const CasesPage = lazy(() => import('./prosecution/cases-page.tsx').then((m) => ({ default: m.CasesPage })));
const CasePage = lazy(() => import('./prosecution/case-page.tsx').then((m) => ({ default: m.CasePage })));
const PreventionPage = lazy(() =>
  import('./prevention/prevention-page.tsx').then((m) => ({ default: m.PreventionPage })),
);
const HotlinePage = lazy(() =>
  import('./prevention/hotline-page.tsx').then((m) => ({ default: m.HotlinePage })),
);
const ActionPlanPage = lazy(() =>
  import('./prevention/action-plan-page.tsx').then((m) => ({ default: m.ActionPlanPage })),
);
const RecommendationsPage = lazy(() =>
  import('./prevention/recommendations-page.tsx').then((m) => ({ default: m.RecommendationsPage })),
);
const RetentionPage = lazy(() =>
  import('./retention/retention-page.tsx').then((m) => ({ default: m.RetentionPage })),
);
const SubjectRequestsPage = lazy(() =>
  import('./retention/subject-requests-page.tsx').then((m) => ({ default: m.SubjectRequestsPage })),
);
const AuditPage = lazy(() => import('./audit/audit-page.tsx').then((m) => ({ default: m.AuditPage })));

export function createAppRouter() {
  return createBrowserRouter([
    { path: '/sign-in', element: <SignInPage /> },
    {
      path: '/',
      element: (
        <RequireAuth>
          <ShellLayout />
        </RequireAuth>
      ),
      children: [
        { index: true, element: <HomePage /> },
        { path: 'organisations', element: <OrganisationsPage /> },
        { path: 'organisations/new', element: <OrganisationCreatePage /> },
        { path: 'organisations/:id', element: <OrganisationEditPage /> },
        { path: 'users', element: <UsersPage /> },
        { path: 'users/new', element: <UserCreatePage /> },
        { path: 'users/:id', element: <UserEditPage /> },
        { path: 'persons', element: <PersonsPage /> },
        { path: 'persons/new', element: <PersonCreatePage /> },
        { path: 'persons/:id', element: <PersonPage /> },
        { path: 'referrals', element: <InboxPage /> },
        { path: 'referrals/:id', element: <ReferralPage /> },
        { path: 'alerts', element: <AlertsPage /> },
        { path: 'alerts/:id', element: <AlertPage /> },
        { path: 'cases', element: <CasesPage /> },
        { path: 'cases/:id', element: <CasePage /> },
        { path: 'shelters', element: <ShelterBoardPage /> },
        { path: 'shelters/:id', element: <FacilityPage /> },
        { path: 'funding', element: <FundingPage /> },
        { path: 'prevention', element: <PreventionPage /> },
        { path: 'hotline', element: <HotlinePage /> },
        { path: 'action-plan', element: <ActionPlanPage /> },
        { path: 'recommendations', element: <RecommendationsPage /> },
        { path: 'statistics', element: <StatisticsPage /> },
        { path: 'statistics/releases', element: <StatisticsReleasesPage /> },
        { path: 'country-report', element: <CountryReportPage /> },
        { path: 'settings/identification', element: <IdentificationSettingsPage /> },
        { path: 'settings/referrals', element: <ReferralSettingsPage /> },
        { path: 'settings/statistics', element: <StatisticsSettingsPage /> },
        { path: 'settings/indicator-lists', element: <IndicatorListsPage /> },
        { path: 'settings/history', element: <HistoricImportPage /> },
        { path: 'account', element: <AccountPage /> },
        { path: 'audit', element: <AuditPage /> },
        { path: 'settings/retention', element: <RetentionPage /> },
        { path: 'data-subject-requests', element: <SubjectRequestsPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
