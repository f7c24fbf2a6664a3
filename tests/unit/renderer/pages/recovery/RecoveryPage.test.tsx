// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoreProblem } from '../../../../../shared/api';
import { RecoveryPage } from '../../../../../renderer/pages/recovery/RecoveryPage';
import { answerCalls, makeStatus, WithStatus } from '../../bridge';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

function showRecovery(problems: StoreProblem[]) {
  answerCalls(() => undefined);
  render(
    <WithStatus initial={makeStatus({ phase: 'needs-recovery', problems, notices: [{ id: 'restore-rolled-back', message: 'A restore was interrupted and has been undone.' }] })}>
      <RecoveryPage />
    </WithStatus>,
  );
}

describe('the recovery page', () => {
  it('says where a damaged file was kept', () => {
    showRecovery([{ file: 'volunteers.json', movedTo: 'volunteers.corrupt-2026-12-07T10-00-00.json', reason: 'The file is not valid JSON (it may have been cut short)' }]);
    expect(document.body.textContent).toContain('volunteers.json could not be read. The file is not valid JSON (it may have been cut short).');
    expect(document.body.textContent).toContain('kept, unchanged, as volunteers.corrupt-2026-12-07T10-00-00.json');
  });

  it('gives only the reason for a missing file, never "kept as" nothing', () => {
    showRecovery([{ file: 'members.json', reason: 'The file is missing from the data folder. It held 487 records when Peer Desk last saved it' }]);
    const text = document.body.textContent ?? '';
    expect(text).toContain('members.json: The file is missing from the data folder. It held 487 records when Peer Desk last saved it.');
    expect(text).not.toContain('kept, unchanged');
    expect(text).not.toContain('could not be read');
    expect(text).not.toContain('damaged file stays');
  });

  it('shows the notices from opening the folder too', () => {
    showRecovery([{ file: 'members.json', reason: 'The file is missing from the data folder' }]);
    expect(screen.getByRole('status').textContent).toContain('A restore was interrupted and has been undone.');
    expect(screen.getByRole('button', { name: 'Close this message' })).toBeTruthy();
  });
});
