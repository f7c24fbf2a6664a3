import { useLayoutEffect, useRef, type ReactNode } from 'react';

/**
 * Every page starts with its h1. After moving between pages the heading takes focus, so
 * keyboard and screen-reader users land at the top of the new page, not on a stale link.
 */
// The first screen after start-up leaves focus alone so the skip link is the first Tab stop.
let navigatedBefore = false;

export function Page({ title, actions, children, lede }: { title: string; actions?: ReactNode; lede?: ReactNode; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // In the commit that shows the title, not after it: a passive effect can run once the page is
  // already in use and pull focus back from whatever the keyboard has moved to.
  useLayoutEffect(() => {
    document.title = `${title} – Peer Desk`;
    if (navigatedBefore) heading.current?.focus();
    navigatedBefore = true;
  }, [title]);
  return (
    <>
      <div className="page-head">
        <div>
          <h1 ref={heading} tabIndex={-1}>
            {title}
          </h1>
          {lede ? <p className="lede">{lede}</p> : null}
        </div>
        {actions ? <div className="toolbar">{actions}</div> : null}
      </div>
      {children}
    </>
  );
}
