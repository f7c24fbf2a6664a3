import { useCallback, useEffect, useMemo, useState } from 'react';
import { Redirect, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { AppStatus } from '../shared/api';
import { FlashProvider } from './components/Flash';
import { Layout } from './components/Layout';
import { api, errorMessage } from './lib/api';
import { AppStatusContext } from './lib/app-status';
import { AuditLogPage } from './pages/audit/AuditLogPage';
import { GroupFormPage } from './pages/groups/GroupFormPage';
import { GroupPage } from './pages/groups/GroupPage';
import { GroupsPage } from './pages/groups/GroupsPage';
import { HomePage } from './pages/home/HomePage';
import { ReferralFormPage } from './pages/referrals/ReferralFormPage';
import { ReferralPage } from './pages/referrals/ReferralPage';
import { ReferralsPage } from './pages/referrals/ReferralsPage';
import { RegisterPage } from './pages/sessions/RegisterPage';
import { VenueFormPage } from './pages/venues/VenueFormPage';
import { VenuesPage } from './pages/venues/VenuesPage';
import { RecoveryPage } from './pages/recovery/RecoveryPage';
import { GrantFormPage } from './pages/reports/GrantFormPage';
import { GrantPage } from './pages/reports/GrantPage';
import { ReportFormPage } from './pages/reports/ReportFormPage';
import { ReportPage } from './pages/reports/ReportPage';
import { ReportsPage } from './pages/reports/ReportsPage';
import { SettingsPage } from './pages/settings/SettingsPage';
import { ImportVolunteersPage } from './pages/volunteers/ImportVolunteersPage';
import { VolunteerFormPage } from './pages/volunteers/VolunteerFormPage';
import { VolunteerProfilePage } from './pages/volunteers/VolunteerProfilePage';
import { VolunteersPage } from './pages/volunteers/VolunteersPage';
import { ImportMembersPage } from './pages/members/ImportMembersPage';
import { MemberFormPage } from './pages/members/MemberFormPage';
import { MemberProfilePage } from './pages/members/MemberProfilePage';
import { MembersPage } from './pages/members/MembersPage';
import { WelcomePage } from './pages/welcome/WelcomePage';
import { CompliancePage } from './pages/compliance/CompliancePage';
import { NewsletterPage } from './pages/newsletters/NewsletterPage';
import { NewsletterPreviewPage } from './pages/newsletters/NewsletterPreviewPage';
import { NewslettersPage } from './pages/newsletters/NewslettersPage';
import { SectionFormPage } from './pages/newsletters/SectionFormPage';
import { ErrorNotice } from './components/ErrorNotice';

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
      <Route path="/members/:id" component={MemberProfilePage} />
      <Route path="/" component={HomePage} />
      <Route path="/referrals" component={ReferralsPage} />
      <Route path="/referrals/new" component={ReferralFormPage} />
      <Route path="/referrals/:id/edit" component={ReferralFormPage} />
      <Route path="/referrals/:id" component={ReferralPage} />
      <Route path="/groups" component={GroupsPage} />
      <Route path="/groups/new" component={GroupFormPage} />
      <Route path="/groups/:id/edit" component={GroupFormPage} />
      <Route path="/groups/:id" component={GroupPage} />
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
      <Route path="/settings" component={SettingsPage} />
      <Route>
        <Redirect to="/" replace />
      </Route>
    </Switch>
  );
}

export function App() {
  const [status, setStatus] = useState<AppStatus | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

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

  useEffect(() => {
    refresh().catch(() => undefined);
  }, [refresh]);

  useEffect(() => {
    document.documentElement.dataset.textSize = status?.settings.textSize ?? 'standard';
  }, [status?.settings.textSize]);

  const context = useMemo(() => (status ? { status, setStatus, refresh } : null), [status, refresh]);

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
  if (!context) {
    return (
      <main className="welcome" aria-busy="true">
        <p role="status">Opening Peer Desk…</p>
      </main>
    );
  }
  return (
    <AppStatusContext.Provider value={context}>
      <Router hook={useHashLocation}>
        {context.status.phase === 'welcome' ? (
          <WelcomePage />
        ) : context.status.phase === 'needs-recovery' ? (
          <RecoveryPage />
        ) : (
          <Layout>
            <FlashProvider>
              <Routes />
            </FlashProvider>
          </Layout>
        )}
      </Router>
    </AppStatusContext.Provider>
  );
}
