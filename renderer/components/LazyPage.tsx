import { Component, lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useLocation } from 'wouter';

/**
 * Pages are fetched when first opened, so the first screen downloads only the code it needs
 * (tests/e2e/first-screen-size.spec.ts keeps that under 300 kB).
 */

/** A page's code could not be fetched (the harness stopped, or the app's files changed under it). */
export class PageLoadError extends Error {
  /** Lets the page fetch its code again the next time it is shown. */
  readonly reset: () => void;

  constructor(cause: unknown, reset: () => void) {
    super('A page could not be loaded', { cause });
    this.name = 'PageLoadError';
    this.reset = reset;
  }
}

/**
 * A page component that fetches its code the first time it renders (`load` picks the named
 * export). React.lazy remembers a failure for good, so once the failure is on screen a fresh
 * lazy component takes its place (PageLoadError.reset): "Try again", or coming back to the
 * page, fetches again instead of showing the same error.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const fresh = () => lazy(() => load().then((page) => ({ default: page }), fail));
  let current = fresh();
  function fail(error: unknown): never {
    const failed = current;
    throw new PageLoadError(error, () => {
      if (current === failed) current = fresh();
    });
  }
  return function LazyPage(props: P) {
    const Current = current;
    return <Current {...props} />;
  };
}

/** What shows while Peer Desk opens: before the app's status arrives, and while the welcome or recovery screen loads. */
export function OpeningScreen() {
  return (
    <main className="welcome" aria-busy="true">
      <p role="status">Opening Peer Desk…</p>
    </main>
  );
}

/**
 * Shown in the main area while a page's code loads: a polite status that takes no focus
 * (focus stays where it was until the page's heading takes it). It fades in only after a
 * moment (.page-loading in styles.css), so a quick load shows nothing at all.
 */
function PageLoading() {
  return (
    <p role="status" className="page-loading">
      Loading…
    </p>
  );
}

function PageLoadFailed({ onRetry }: { onRetry: () => void }) {
  return (
    <>
      <h1>This page could not be opened</h1>
      <div className="notice notice--error" role="alert">
        <p>
          Peer Desk could not load this page. Your saved data is safe. Try again, and if it keeps happening, close Peer Desk
          and start it again.
        </p>
      </div>
      <button type="button" className="button" onClick={onRetry}>
        Try again
      </button>
    </>
  );
}

interface BoundaryProps {
  location: string;
  standalone: boolean;
  children: ReactNode;
}
interface BoundaryState {
  failed: boolean;
  error: unknown;
  location: string;
  attempt: number;
}

/**
 * Catches a page whose code failed to load and offers to try again; moving to another page
 * clears the message. Any other error is passed on unchanged, as if this were not here.
 */
class PageLoadBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { failed: false, error: null, location: this.props.location, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { failed: true, error };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.location === state.location ? null : { location: props.location, failed: false, error: null };
  }

  override componentDidCatch(error: unknown): void {
    // Only now, with the message on screen: resetting sooner would fetch again at once.
    if (error instanceof PageLoadError) error.reset();
  }

  retry = () => this.setState((state) => ({ failed: false, error: null, attempt: state.attempt + 1 }));

  override render() {
    const { failed, error, attempt } = this.state;
    const { standalone, children } = this.props;
    if (error instanceof PageLoadError) {
      const failure = <PageLoadFailed onRetry={this.retry} />;
      return standalone ? (
        <main id="main" className="welcome">
          {failure}
        </main>
      ) : (
        failure
      );
    }
    if (failed) throw error;
    return (
      <Suspense key={attempt} fallback={standalone ? <OpeningScreen /> : <PageLoading />}>
        {children}
      </Suspense>
    );
  }
}

/**
 * Where lazy pages render. Inside the layout (the default) a page loads under the header
 * and menu; `standalone` is for the welcome and recovery screens, which have no layout and
 * keep showing "Opening Peer Desk…" until they are ready.
 */
export function LazyPages({ children, standalone = false }: { children: ReactNode; standalone?: boolean }) {
  const [location] = useLocation();
  return (
    <PageLoadBoundary location={location} standalone={standalone}>
      {children}
    </PageLoadBoundary>
  );
}
