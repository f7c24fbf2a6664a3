import { lazy, Suspense, type ReactNode } from 'react';
import { useAppStatus } from '../lib/app-status';
import { AppNotices } from './AppNotices';
import { MainNav } from './MainNav';

// "Lock now", the idle lock and the "not protected" notice: fetched after the first screen, shown only while protected.
// A failed fetch shows nothing rather than taking the header down (the main process still locks on idle).
const ProtectionControls = lazy(() => import('../pages/protection/ProtectionControls').catch(() => ({ default: () => null })));

/** Where focus goes when nothing nearer remains: the page's heading, or the main area. */
function focusPageHeading(): void {
  (document.querySelector<HTMLElement>('#main h1') ?? document.getElementById('main'))?.focus();
}

export function Layout({ children }: { children: ReactNode }) {
  const { status } = useAppStatus();
  const org = status.settings.organisationName;
  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => {
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        Skip to main content
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <p className="app-header__brand" title={org ? `Peer Desk · ${org}` : undefined}>
            Peer Desk
            {org ? (
              <>
                <span className="visually-hidden"> · </span>
                <span className="app-header__org">{org}</span>
              </>
            ) : null}
          </p>
          <MainNav />
          <Suspense fallback={null}>
            <ProtectionControls />
          </Suspense>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <AppNotices focusAfterLast={focusPageHeading} />
        {children}
      </main>
    </>
  );
}
