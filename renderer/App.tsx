import { useCallback, useEffect, useMemo, useState, type ComponentType } from 'react';
import { Redirect, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { AppStatus } from '../shared/api';
import { FlashProvider } from './components/Flash';
import { Layout } from './components/Layout';
import { api, errorMessage, onLocked } from './lib/api';
import { AppStatusContext } from './lib/app-status';
import { ErrorNotice } from './components/ErrorNotice';
import { LazyPages, lazyPage, OpeningScreen } from './components/LazyPage';

// Each page is its own chunk, fetched when first opened (see components/LazyPage.tsx).
const AuditLogPage = lazyPage(() => import('./pages/audit/AuditLogPage').then((m) => m.AuditLogPage));
const GroupFormPage = lazyPage(() => import('./pages/groups/GroupFormPage').then((m) => m.GroupFormPage));
const GroupPage = lazyPage(() => import('./pages/groups/GroupPage').then((m) => m.GroupPage));
const GroupsPage = lazyPage(() => import('./pages/groups/GroupsPage').then((m) => m.GroupsPage));
const HomePage = lazyPage(() => import('./pages/home/HomePage').then((m) => m.HomePage));
const ReferralFormPage = lazyPage(() => import('./pages/referrals/ReferralFormPage').then((m) => m.ReferralFormPage));
const ReferralPage = lazyPage(() => import('./pages/referrals/ReferralPage').then((m) => m.ReferralPage));
const ReferralsPage = lazyPage(() => import('./pages/referrals/ReferralsPage').then((m) => m.ReferralsPage));
const RegisterPage = lazyPage(() => import('./pages/sessions/RegisterPage').then((m) => m.RegisterPage));
const VenueFormPage = lazyPage(() => import('./pages/venues/VenueFormPage').then((m) => m.VenueFormPage));
const VenuesPage = lazyPage(() => import('./pages/venues/VenuesPage').then((m) => m.VenuesPage));
const GrantFormPage = lazyPage(() => import('./pages/reports/GrantFormPage').then((m) => m.GrantFormPage));
const GrantPage = lazyPage(() => import('./pages/reports/GrantPage').then((m) => m.GrantPage));
const ReportFormPage = lazyPage(() => import('./pages/reports/ReportFormPage').then((m) => m.ReportFormPage));
const ReportPage = lazyPage(() => import('./pages/reports/ReportPage').then((m) => m.ReportPage));
const ReportsPage = lazyPage(() => import('./pages/reports/ReportsPage').then((m) => m.ReportsPage));
const ProgrammePage = lazyPage(() => import('./pages/programmes/ProgrammePage').then((m) => m.ProgrammePage));
const ProgrammesPage = lazyPage(() => import('./pages/programmes/ProgrammesPage').then((m) => m.ProgrammesPage));
const SettingsPage = lazyPage(() => import('./pages/settings/SettingsPage').then((m) => m.SettingsPage));
// Volunteers and members: one list, form, profile and import page each, for every kind of
// person, given the kind's description (pages/people/person-kind.ts) as it loads.
const volunteers = () => import('./pages/volunteers/volunteer-kind').then((m) => m.VOLUNTEERS);
const members = () => import('./pages/members/member-kind').then((m) => m.MEMBERS);
const listPage = () => import('./pages/people/PeopleListPage').then((m) => m.PeopleListPage);
const formPage = () => import('./pages/people/PersonFormPage').then((m) => m.PersonFormPage);
const profilePage = () => import('./pages/people/PersonProfilePage').then((m) => m.PersonProfilePage);
const importPage = () => import('./pages/people/ImportPeoplePage').then((m) => m.ImportPeoplePage);
const VolunteersPage = kindPage(listPage, volunteers);
const VolunteerFormPage = kindPage(formPage, volunteers);
const VolunteerProfilePage = kindPage(profilePage, volunteers);
const ImportVolunteersPage = kindPage(importPage, volunteers);
const MembersPage = kindPage(listPage, members);
const MemberFormPage = kindPage(formPage, members);
const MemberProfilePage = kindPage(profilePage, members);
const ImportMembersPage = kindPage(importPage, members);
const CompliancePage = lazyPage(() => import('./pages/compliance/CompliancePage').then((m) => m.CompliancePage));
const NewsletterPage = lazyPage(() => import('./pages/newsletters/NewsletterPage').then((m) => m.NewsletterPage));
const NewsletterPreviewPage = lazyPage(() => import('./pages/newsletters/NewsletterPreviewPage').then((m) => m.NewsletterPreviewPage));
const NewslettersPage = lazyPage(() => import('./pages/newsletters/NewslettersPage').then((m) => m.NewslettersPage));
const SectionFormPage = lazyPage(() => import('./pages/newsletters/SectionFormPage').then((m) => m.SectionFormPage));
const WelcomePage = lazyPage(() => import('./pages/welcome/WelcomePage').then((m) => m.WelcomePage));
const RecoveryPage = lazyPage(() => import('./pages/recovery/RecoveryPage').then((m) => m.RecoveryPage));
const PrivacyPage = lazyPage(() => import('./pages/privacy/PrivacyPage').then((m) => m.PrivacyPage));
const SubjectAccessPage = lazyPage(() => import('./pages/privacy/SubjectAccessPage').then((m) => m.SubjectAccessPage));
const UnlockPage = lazyPage(() => import('./pages/protection/UnlockPage').then((m) => m.UnlockPage));

/** A page for every kind of person, shown for one kind: both are fetched when first opened. */
function kindPage<K>(page: () => Promise<ComponentType<{ kind: NoInfer<K> }>>, kind: () => Promise<K>): ComponentType {
  return lazyPage(() =>
    Promise.all([page(), kind()]).then(([Page, loaded]) => {
      const KindPage = () => <Page kind={loaded} />;
      return KindPage;
    }),
  );
}

function Routes() {
  return (
    <Switch>
      <Route path="/volunteers" component={VolunteersPage} />
      <Route path="/volunteers/new" component={VolunteerFormPage} />
      <Route path="/volunteers/import" component={ImportVolunteersPage} />
      <Route path="/volunteers/:id/edit" component={VolunteerFormPage} />
      <Route path="/volunteers/:id" component={VolunteerProfilePage} />
      <Route path="/members" component={MembersPage} />
      <Route path="/members/new" component={MemberFormPage} />
      <Route path="/members/import" component={ImportMembersPage} />
      <Route path="/members/:id/edit" component={MemberFormPage} />
      {/* :tab opens the profile on that tab: Home's "Questionnaires due" opens Outcomes. */}
      <Route path="/members/:id/:tab?" component={MemberProfilePage} />
      <Route path="/" component={HomePage} />
      <Route path="/referrals" component={ReferralsPage} />
      <Route path="/referrals/new" component={ReferralFormPage} />
      <Route path="/referrals/:id/edit" component={ReferralFormPage} />
      <Route path="/referrals/:id" component={ReferralPage} />
      <Route path="/groups" component={GroupsPage} />
      <Route path="/groups/new" component={GroupFormPage} />
      <Route path="/groups/:id/edit" component={GroupFormPage} />
      <Route path="/groups/:id" component={GroupPage} />
      <Route path="/programmes" component={ProgrammesPage} />
      <Route path="/programmes/:id" component={ProgrammePage} />
      <Route path="/sessions/:id/register" component={RegisterPage} />
      <Route path="/venues" component={VenuesPage} />
      <Route path="/venues/new" component={VenueFormPage} />
      <Route path="/venues/:id" component={VenueFormPage} />
      <Route path="/newsletters" component={NewslettersPage} />
      <Route path="/newsletters/:id/preview" component={NewsletterPreviewPage} />
      <Route path="/newsletters/:id/sections/new" component={SectionFormPage} />
      <Route path="/newsletters/:id/sections/:sectionId" component={SectionFormPage} />
      <Route path="/newsletters/:id" component={NewsletterPage} />
      <Route path="/compliance" component={CompliancePage} />
      <Route path="/audit" component={AuditLogPage} />
      <Route path="/reports" component={ReportsPage} />
      <Route path="/reports/new" component={GrantFormPage} />
      <Route path="/reports/:grantId/edit" component={GrantFormPage} />
      <Route path="/reports/:grantId/new-report" component={ReportFormPage} />
      <Route path="/reports/:grantId/new-report/:from/:to" component={ReportFormPage} />
      <Route path="/reports/:grantId/reports/:reportId/edit" component={ReportFormPage} />
      <Route path="/reports/:grantId/reports/:reportId" component={ReportPage} />
      <Route path="/reports/:grantId" component={GrantPage} />
      <Route path="/settings/:section?" component={SettingsPage} />
      {/* A subject access request has a page of its own: its pack is reviewed item by item. */}
      <Route path="/privacy/subject-access/:id" component={SubjectAccessPage} />
      {/* /privacy/breaches/<id> opens that breach on the page (Home's countdown links there). */}
      <Route path="/privacy/:section?/:id?" component={PrivacyPage} />
      <Route>
        <Redirect to="/" replace />
      </Route>
    </Switch>
  );
}

export function App() {
  const [status, setStatus] = useState<AppStatus | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [locked, setLocked] = useState(false);

  const refresh = useCallback(
    () =>
      api.system.status().then(
        (next) => {
          setStatus(next);
          setLoadError(null);
        },
        (error: unknown) => setLoadError(errorMessage(error)),
      ),
    [],
  );

  // Before the first status call: at start a protected folder answers it with LOCKED.
  useEffect(
    () =>
      onLocked(() => {
        // Nothing of the records stays in memory to show behind the unlock screen.
        setStatus(null);
        setLocked(true);
      }),
    [],
  );

  useEffect(() => {
    refresh().catch(() => undefined);
  }, [refresh]);

  const textSize = status?.settings.textSize;
  useEffect(() => {
    if (!textSize) return;
    document.documentElement.dataset.textSize = textSize;
    // For the unlock screen, which cannot read Settings: a preference, not a record.
    localStorage.setItem('peer-desk-text-size', textSize);
  }, [textSize]);

  const context = useMemo(() => (status ? { status, setStatus, refresh } : null), [status, refresh]);

  if (locked) {
    return (
      <Router hook={useHashLocation}>
        <LazyPages standalone>
          <UnlockPage
            onUnlocked={() => {
              setLocked(false);
              void refresh();
            }}
          />
        </LazyPages>
      </Router>
    );
  }
  if (loadError) {
    return (
      <main className="welcome">
        <h1>Peer Desk could not open</h1>
        <ErrorNotice message={loadError} />
        <button type="button" className="button" onClick={() => void refresh()}>
          Try again
        </button>
      </main>
    );
  }
  if (!context) return <OpeningScreen />;
  return (
    <AppStatusContext.Provider value={context}>
      <Router hook={useHashLocation}>
        {context.status.phase === 'welcome' ? (
          <LazyPages standalone>
            <WelcomePage />
          </LazyPages>
        ) : context.status.phase === 'needs-recovery' ? (
          <LazyPages standalone>
            <RecoveryPage />
          </LazyPages>
        ) : (
          <Layout>
            <FlashProvider>
              <LazyPages>
                <Routes />
              </LazyPages>
            </FlashProvider>
          </Layout>
        )}
      </Router>
    </AppStatusContext.Provider>
  );
}
