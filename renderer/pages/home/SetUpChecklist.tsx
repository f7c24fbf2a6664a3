import { Link } from 'wouter';
import type { SetUpSteps } from '../../../shared/api';
import { settingsHref } from '../settings/settings-href';

/**
 * The first steps of a new Peer Desk, each a link to where it is done; gone once all are done.
 * Loaded only when there is a step left (HomePage.tsx), so an everyday Home does not carry it.
 */
export function SetUpChecklist({ steps }: { steps: SetUpSteps }) {
  const items: { done: boolean; text: string; href: string; action: string }[] = [
    { done: steps.yourName, text: 'Your name, for the audit log', href: settingsHref('organisation'), action: 'Add it in Settings' },
    { done: steps.organisation, text: 'Your organisation’s name, for the paper you print', href: settingsHref('organisation'), action: 'Add it in Settings' },
    { done: steps.venue, text: 'The first venue where a group meets', href: '/venues/new', action: 'Add a venue' },
    { done: steps.group, text: 'The first group', href: '/groups/new', action: 'Add a group' },
    { done: steps.people, text: 'Your volunteers or members', href: '/volunteers/import', action: 'Import them from a spreadsheet' },
  ];
  const left = items.filter((i) => !i.done).length;
  return (
    <section className="card setup-checklist" aria-labelledby="setup-title">
      <h2 id="setup-title">Getting started: {left === 1 ? '1 step' : `${left} steps`} to go</h2>
      <ul>
        {items.map((i) => (
          <li key={i.text} className={i.done ? 'setup-checklist__done' : undefined}>
            <span aria-hidden="true">{i.done ? '✓' : '○'}</span> {i.text}
            {i.done ? <span className="visually-hidden"> (done)</span> : <> — <Link href={i.href}>{i.action}</Link></>}
          </li>
        ))}
      </ul>
    </section>
  );
}
