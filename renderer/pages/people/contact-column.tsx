import type { ReactNode } from 'react';
import type { ListColumn } from './person-kind';

/**
 * Phone above email in one column: two columns of their own pushed a volunteer's
 * availability off the side of the table at 1024 px and large text.
 */
export function contactColumn<Row extends { phone?: string | undefined; email?: string | undefined }>(): ListColumn<Row> {
  return {
    header: 'Contact',
    className: 'contact-cell',
    cell: (p) => (
      <>
        {p.phone ? <span className="nowrap">{p.phone}</span> : null}
        {p.email ? <span>{breakableEmail(p.email)}</span> : null}
      </>
    ),
  };
}

/** An email may break after its "@", so a narrow column wraps it where a reader expects. */
function breakableEmail(email: string): ReactNode {
  const at = email.indexOf('@');
  if (at < 0) return email;
  return (
    <>
      {email.slice(0, at + 1)}
      <wbr />
      {email.slice(at + 1)}
    </>
  );
}
