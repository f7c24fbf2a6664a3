import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useAppStatus } from '../lib/app-status';
import { AppNotices } from './AppNotices';

const NAV = [
  { href: '/', label: 'Home' },
  { href: '/members', label: 'Members' },
  { href: '/referrals', label: 'Referrals' },
  { href: '/groups', label: 'Groups' },
  { href: '/venues', label: 'Venues' },
  { href: '/volunteers', label: 'Volunteers' },
  { href: '/compliance', label: 'Compliance' },
  { href: '/newsletters', label: 'Newsletters' },
  { href: '/reports', label: 'Grants & reports' },
  { href: '/audit', label: 'Audit log' },
  { href: '/settings', label: 'Settings' },
];

/** Where focus goes when nothing nearer remains: the page's heading, or the main area. */
function focusPageHeading(): void {
  (document.querySelector<HTMLElement>('#main h1') ?? document.getElementById('main'))?.focus();
}

export function Layout({ children }: { children: ReactNode }) {
  const [location] = useLocation();
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
          <p className="app-header__brand">
            Peer Desk{org ? <span className="app-header__org">· {org}</span> : null}
          </p>
          <nav className="app-nav" aria-label="Main">
            <ul>
              {NAV.map((item) => {
                const current = item.href === '/' ? location === '/' : location === item.href || location.startsWith(`${item.href}/`);
                return (
                  <li key={item.href}>
                    <Link href={item.href} aria-current={current ? 'page' : undefined}>
                      {item.label}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <AppNotices focusAfterLast={focusPageHeading} />
        {children}
      </main>
    </>
  );
}
