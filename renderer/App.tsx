import { useCallback, useEffect, useMemo, useState } from 'react';
import { Redirect, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { AppStatus } from '../shared/api';
import { FlashProvider } from './components/Flash';
import { Layout } from './components/Layout';
import { api, errorMessage } from './lib/api';
import { AppStatusContext } from './lib/app-status';
import { AuditLogPage } from './pages/audit/AuditLogPage';
import { RecoveryPage } from './pages/recovery/RecoveryPage';
import { SettingsPage } from './pages/settings/SettingsPage';
import { ImportVolunteersPage } from './pages/volunteers/ImportVolunteersPage';
import { VolunteerFormPage } from './pages/volunteers/VolunteerFormPage';
import { VolunteerProfilePage } from './pages/volunteers/VolunteerProfilePage';
import { VolunteersPage } from './pages/volunteers/VolunteersPage';
import { WelcomePage } from './pages/welcome/WelcomePage';
import { ErrorNotice } from './components/ErrorNotice';

function Routes() {
  return (
    <Switch>
      <Route path="/volunteers" component={VolunteersPage} />
      <Route path="/volunteers/new" component={VolunteerFormPage} />
      <Route path="/volunteers/import" component={ImportVolunteersPage} />
      <Route path="/volunteers/:id/edit" component={VolunteerFormPage} />
      <Route path="/volunteers/:id" component={VolunteerProfilePage} />
      <Route path="/audit" component={AuditLogPage} />
      <Route path="/settings" component={SettingsPage} />
      <Route>
        <Redirect to="/volunteers" replace />
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
