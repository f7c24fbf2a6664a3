import type { DueState } from '../../../shared/domain/due-status';
import './compliance.css';

/** The shape of each state, so it reads in black and white too. */
function Icon({ state }: { state: DueState }) {
  const common = { className: 'due__icon', viewBox: '0 0 20 20', 'aria-hidden': true, focusable: false } as const;
  switch (state) {
    case 'ok':
      return (
        <svg {...common}>
          <path d="M3 10.5l4.5 4.5L17 5.5" fill="none" stroke="currentColor" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      );
    case 'due-soon':
      return (
        <svg {...common}>
          <path d="M10 2L19 18H1z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
          <path d="M10 8v4.5M10 15v.5" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
        </svg>
      );
    case 'overdue':
      return (
        <svg {...common}>
          <circle cx="10" cy="10" r="8.5" fill="currentColor" />
          <path d="M6.5 6.5l7 7M13.5 6.5l-7 7" stroke="#fff" strokeWidth="2.2" strokeLinecap="round" />
        </svg>
      );
    case 'missing':
      return (
        <svg {...common}>
          <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" strokeWidth="2" strokeDasharray="3 2.2" />
          <path d="M10 6v5M10 14v.5" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
        </svg>
      );
  }
}

/** A state as an icon and words ("Overdue: renewal was due 01/11/2026"): never colour alone. */
export function DueStateText({ state, text }: { state: DueState; text: string }) {
  return (
    <span className={`due due--${state}`}>
      <Icon state={state} />
      <span>{text}</span>
    </span>
  );
}
