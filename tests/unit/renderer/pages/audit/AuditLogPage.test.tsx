// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditPage } from '../../../../../shared/domain/audit';
import { AuditLogPage } from '../../../../../renderer/pages/audit/AuditLogPage';
import { renderAt } from '../../support/render';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

describe('the audit log', () => {
  it('links an entry about a breach to the breach on the Privacy page', async () => {
    const log: AuditPage = {
      total: 1,
      entries: [{ id: 'a1', at: '2026-12-07T10:00:00.000Z', actor: 'Sam Lead', action: 'create', entity: 'breach', entityId: 'b-1', summary: 'Recorded a data breach found 07/12/2026, risk: could harm' }],
    };
    renderAt('/audit', { '/audit': <AuditLogPage /> }, (name) => (name === 'audit.list' ? log : undefined));
    expect((await screen.findByRole('link', { name: 'Open breach' })).getAttribute('href')).toBe('/privacy/breaches/b-1');
  });
});
