import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { Link, useLocation } from 'wouter';
import { itemsThatFit } from './nav-fit';

/** In the order they give way: the last items move under "More" first when space runs out. */
const NAV = [
  { href: '/', label: 'Home' },
  { href: '/members', label: 'Members' },
  { href: '/referrals', label: 'Referrals' },
  { href: '/groups', label: 'Groups' },
  { href: '/programmes', label: 'Programmes' },
  { href: '/volunteers', label: 'Volunteers' },
  { href: '/compliance', label: 'Compliance' },
  { href: '/reports', label: 'Grants & reports' },
  { href: '/newsletters', label: 'Newsletters' },
  { href: '/venues', label: 'Venues' },
  { href: '/privacy', label: 'Privacy' },
  { href: '/audit', label: 'Audit log' },
  { href: '/settings', label: 'Settings' },
] as const;

const GAP_PX = 4;

function isCurrent(href: string, location: string): boolean {
  return href === '/' ? location === '/' : location === href || location.startsWith(`${href}/`);
}

/**
 * How many items fit beside the brand, measured from an invisible copy of the menu so the
 * answer does not depend on what is shown now. Re-measured when the window or the text size
 * changes the widths.
 */
function useItemsThatFit(): { navRef: RefObject<HTMLElement | null>; measureRef: RefObject<HTMLUListElement | null>; fits: number } {
  const navRef = useRef<HTMLElement>(null);
  const measureRef = useRef<HTMLUListElement>(null);
  const [fits, setFits] = useState<number>(NAV.length);

  const measure = useCallback(() => {
    const nav = navRef.current;
    const list = measureRef.current;
    if (!nav || !list) return;
    const widths = [...list.children].map((li) => (li as HTMLElement).getBoundingClientRect().width);
    const more = widths.pop() ?? 0;
    // Unlaid-out (tests without a browser): everything is shown.
    if (nav.clientWidth === 0) return setFits(NAV.length);
    setFits(itemsThatFit(widths, more, nav.clientWidth, GAP_PX));
  }, []);

  useLayoutEffect(() => {
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    if (navRef.current) observer.observe(navRef.current);
    if (measureRef.current) observer.observe(measureRef.current);
    return () => observer.disconnect();
  }, [measure]);

  return { navRef, measureRef, fits };
}

/**
 * The main menu, on one line at any window width and text size: what does not fit goes under
 * a "More" button (a disclosure, not an ARIA menu: its items are ordinary links).
 */
export function MainNav() {
  const [location] = useLocation();
  const { navRef, measureRef, fits } = useItemsThatFit();
  // Open on the page it was opened on: choosing an item (a new page) closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === location;
  const setOpen = (to: boolean) => setOpenOn(to ? location : null);
  const moreId = useId();
  const moreRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const shown = NAV.slice(0, fits);
  const under = NAV.slice(fits);
  const currentUnder = under.some((item) => isCurrent(item.href, location));

  useEffect(() => {
    if (!open) return;
    const closeIfOutside = (e: PointerEvent | FocusEvent) => {
      if (e.target instanceof Node && !moreRef.current?.contains(e.target)) setOpenOn(null);
    };
    // Escape inside the list closes it and returns to the button, as a disclosure should.
    const closeOnEscape = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !(e.target instanceof Node) || !moreRef.current?.contains(e.target)) return;
      e.stopPropagation();
      setOpenOn(null);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', closeIfOutside);
    document.addEventListener('focusin', closeIfOutside);
    document.addEventListener('keydown', closeOnEscape);
    return () => {
      document.removeEventListener('pointerdown', closeIfOutside);
      document.removeEventListener('focusin', closeIfOutside);
      document.removeEventListener('keydown', closeOnEscape);
    };
  }, [open]);

  const link = (item: (typeof NAV)[number]) => (
    <li key={item.href}>
      {/* Closed as well as left: coming back to the page it was opened on must not find it open. */}
      <Link href={item.href} aria-current={isCurrent(item.href, location) ? 'page' : undefined} onClick={() => setOpenOn(null)}>
        {item.label}
      </Link>
    </li>
  );

  return (
    <nav className="app-nav" aria-label="Main" ref={navRef}>
      <ul>
        {shown.map(link)}
        {under.length > 0 ? (
          <li>
            <div className="app-nav__more" ref={moreRef}>
              <button
                ref={buttonRef}
                type="button"
                className={currentUnder ? 'app-nav__more-button is-current' : 'app-nav__more-button'}
                aria-expanded={open}
                aria-controls={moreId}
                onClick={() => setOpen(!open)}
              >
                More<span aria-hidden="true"> ▾</span>
              </button>
              <ul id={moreId} className="app-nav__more-list" hidden={!open}>
                {under.map(link)}
              </ul>
            </div>
          </li>
        ) : null}
      </ul>
      {/* The widths every item would take, bold as the current one is; never seen or read.
          The box clips it so a long list cannot widen the page. */}
      <div className="app-nav__measure-box" aria-hidden="true">
        <ul className="app-nav__measure" ref={measureRef}>
          {NAV.map((item) => (
            <li key={item.href}>
              <span>{item.label}</span>
            </li>
          ))}
          <li>
            <span>
              More<span> ▾</span>
            </span>
          </li>
        </ul>
      </div>
    </nav>
  );
}
