import { useEffect, useRef, useState } from 'react';
import { api, errorMessage } from '../../lib/api';
import { useAppStatus } from '../../lib/app-status';
import { AppNotices } from '../../components/AppNotices';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/Fields';

/** First run: an empty data folder. Nothing is saved until the coordinator chooses. */
export function WelcomePage() {
  const { setStatus, status } = useAppStatus();
  const [busy, setBusy] = useState<'empty' | 'sample' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [names, setNames] = useState({ yourName: '', organisationName: '' });
  const [nameErrors, setNameErrors] = useState<{ yourName?: string; organisationName?: string }>({});
  const heading = useRef<HTMLHeadingElement>(null);
  const yourNameField = useRef<HTMLInputElement>(null);
  const organisationField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.title = 'Welcome – Peer Desk';
    heading.current?.focus();
  }, []);

  async function choose(kind: 'empty' | 'sample') {
    if (kind === 'empty') {
      // Asked now so the audit log names who made each change and the paper names the charity.
      const problems = {
        ...(names.yourName.trim() ? {} : { yourName: 'Enter your name, so the audit log says who made each change' }),
        ...(names.organisationName.trim() ? {} : { organisationName: 'Enter your organisation’s name, as it should appear on rosters and reports' }),
      };
      setNameErrors(problems);
      if (problems.yourName) return yourNameField.current?.focus();
      if (problems.organisationName) return organisationField.current?.focus();
    }
    setBusy(kind);
    setError(null);
    try {
      setStatus(kind === 'empty' ? await api.system.startEmpty({ yourName: names.yourName.trim(), organisationName: names.organisationName.trim() }) : await api.system.loadSampleData());
    } catch (e) {
      setError(errorMessage(e));
      setBusy(null);
    }
  }

  return (
    <main id="main" className="welcome">
      <h1 ref={heading} tabIndex={-1}>
        Welcome to Peer Desk
      </h1>
      <AppNotices focusAfterLast={() => heading.current?.focus()} />
      <p>
        Peer Desk keeps your records — volunteers, members, groups, newsletters and funder reports — on this computer. It works without the internet, and your data stays in one folder that
        your organisation owns.
      </p>
      <p className="lede">Data folder: {status.dataDir}</p>
      <ErrorNotice message={error} />
      <div className="welcome__choices">
        <section className="card" aria-labelledby="start-empty-title">
          <h2 id="start-empty-title">Start with your own records</h2>
          <p>Begin with an empty Peer Desk. You can add volunteers one by one or import them from a spreadsheet (CSV).</p>
          <TextField
            ref={yourNameField}
            label="Your name"
            hint="Shown in the audit log beside each change you make"
            autoComplete="name"
            value={names.yourName}
            error={nameErrors.yourName}
            onChange={(e) => setNames({ ...names, yourName: e.target.value })}
          />
          <TextField
            ref={organisationField}
            label="Your organisation"
            hint="Printed on rosters, sign-in sheets and funder reports"
            autoComplete="organization"
            value={names.organisationName}
            error={nameErrors.organisationName}
            onChange={(e) => setNames({ ...names, organisationName: e.target.value })}
          />
          <button type="button" className="button" disabled={busy !== null} onClick={() => void choose('empty')}>
            Start empty
          </button>
        </section>
        <section className="card" aria-labelledby="sample-title">
          <h2 id="sample-title">Try it out first</h2>
          <p>Load about 50 made-up volunteers to explore what Peer Desk can do. Don&apos;t mix them with real records.</p>
          <button type="button" className="button button--secondary" disabled={busy !== null} onClick={() => void choose('sample')}>
            Load sample data
          </button>
        </section>
      </div>
      {busy ? <p role="status">{busy === 'sample' ? 'Loading sample data…' : 'Setting up…'}</p> : null}
    </main>
  );
}
