import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { ConfirmDialog } from '../components/Dialog';

/** Forms on screen with unsaved changes now: the idle lock's warning says they will be lost. */
let unsavedForms = 0;
export const hasUnsavedChanges = (): boolean => unsavedForms > 0;

export interface UnsavedChanges {
  /** Goes to `to` (a Cancel button), asking first while there are unsaved changes. */
  leave: (to: string) => void;
  /** Runs `action` (closing a form's dialog, say), asking first while there are unsaved changes. */
  confirmLeave: (action: () => void) => void;
  /** The "Discard your changes?" dialog while it is open. */
  dialog: ReactNode;
}

/**
 * An address inside the app: "#/members" as wouter's hash location writes it, or "/members"
 * (the memory router of component tests). "#main" or "#field-email" only move focus on the
 * page, and a website opens in the browser; neither leaves the form.
 */
function appRoute(href: string): string | null {
  if (href.startsWith('#/')) return href.slice(1);
  if (href.startsWith('/')) return href;
  return null;
}

/**
 * Asks "Discard your changes?" before a form with unsaved changes is left by any way out:
 * its Cancel button (`leave`), a link anywhere in the app (the main menu, a profile link in
 * a dialog), Back and Forward, closing or reloading the window (beforeunload; Electron's main process turns
 * that into its own question) and Escape in a form that is itself a dialog (`confirmLeave`).
 *
 * `dirty` must be read during render (react-hook-form's `formState.isDirty`): formState is a
 * proxy that only tracks what a render read, so reading it in a click handler is always false.
 * Saving navigates with wouter directly, which is not a link click, so it is never asked about.
 * `within` words the question for a form in a dialog ("Keep editing") or on a page.
 */
export function useUnsavedChanges(dirty: boolean, within: 'page' | 'dialog' = 'page'): UnsavedChanges {
  const [, navigate] = useLocation();
  // What "Discard changes" does: the navigation or close that was held back.
  const [pending, setPending] = useState<{ go: () => void } | null>(null);
  // Set while a held-back link click is replayed, so it is let through this time.
  const replaying = useRef(false);

  useEffect(() => {
    if (!dirty) return;
    unsavedForms += 1;
    // Capture phase on window: runs before React's own handlers (wouter's Link) see the click.
    const onClick = (e: MouseEvent) => {
      if (replaying.current || e.defaultPrevented) return;
      // Modified and middle clicks open a new window; the form stays where it is.
      if (e.button !== 0 || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return;
      const anchor = e.target instanceof Element ? e.target.closest('a[href]') : null;
      if (!(anchor instanceof HTMLAnchorElement) || (anchor.target !== '' && anchor.target !== '_self')) return;
      const route = appRoute(anchor.getAttribute('href') ?? '');
      if (route === null) return;
      e.preventDefault();
      e.stopPropagation();
      setPending({
        go: () => {
          // Clicking the link again keeps whatever it does (wouter's navigation, its state);
          // one that has gone from the page is followed by its address.
          if (!anchor.isConnected) {
            navigate(route);
            return;
          }
          replaying.current = true;
          try {
            anchor.click();
          } finally {
            replaying.current = false;
          }
        },
      });
    };
    // Back and Forward (the browser's buttons, Alt+arrow, a mouse's side buttons) change the
    // address before anything can ask. This runs first (capture, at the window) on both events
    // they send, puts the form's address back and keeps wouter from hearing of it. wouter's own
    // navigate sends untrusted events, and saving uses that, so it passes.
    const formAddress = window.location.href;
    const onTraverse = (e: Event) => {
      if (!e.isTrusted || replaying.current) return;
      e.stopImmediatePropagation();
      if (window.location.href === formAddress) return;
      const route = appRoute(window.location.hash);
      // A new entry rather than a replaced one: pressing Back again, after staying, asks again
      // about the same page instead of skipping past it.
      history.pushState(null, '', formAddress);
      if (route !== null) setPending({ go: () => navigate(route) });
    };
    // Chromium shows its own "Leave site?" question; in Electron the main process asks instead
    // (will-prevent-unload in electron/main.ts), as Electron would otherwise just stay open.
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('click', onClick, true);
    window.addEventListener('popstate', onTraverse, true);
    window.addEventListener('hashchange', onTraverse, true);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      unsavedForms -= 1;
      window.removeEventListener('click', onClick, true);
      window.removeEventListener('popstate', onTraverse, true);
      window.removeEventListener('hashchange', onTraverse, true);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [dirty, navigate]);

  const confirmLeave = useCallback(
    (action: () => void) => {
      if (dirty) setPending({ go: action });
      else action();
    },
    [dirty],
  );
  const leave = useCallback((to: string) => confirmLeave(() => navigate(to)), [confirmLeave, navigate]);

  const dialog = pending ? (
    <ConfirmDialog
      title="Discard your changes?"
      confirmLabel="Discard changes"
      cancelLabel={within === 'dialog' ? 'Keep editing' : 'Stay on this page'}
      danger
      // The dialog gives focus back to whatever opened it (Cancel, or the link followed).
      onCancel={() => setPending(null)}
      onConfirm={() => {
        setPending(null);
        pending.go();
      }}
    >
      <p>
        {within === 'dialog'
          ? 'What you typed in this form has not been saved. If you close it now, it will be lost.'
          : 'What you typed on this page has not been saved. If you leave now, it will be lost.'}
      </p>
    </ConfirmDialog>
  ) : null;

  return { leave, confirmLeave, dialog };
}
