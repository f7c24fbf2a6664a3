// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { CsvImportPreview } from '../../../../../shared/csv/types';
import { ImportPeoplePage } from '../../../../../renderer/pages/people/ImportPeoplePage';
import { VOLUNTEERS } from '../../../../../renderer/pages/volunteers/volunteer-kind';
import { renderAt } from '../../support/render';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

const preview = (errors: CsvImportPreview['errors'], totalRows: number, validRows: number): CsvImportPreview => ({
  filename: 'volunteers.csv',
  columns: [{ index: 0, header: 'First name', samples: ['Siân'] }],
  fields: [{ key: 'firstName', label: 'First name', required: true }],
  mapping: { firstName: 0 },
  totalRows,
  validRows,
  preview: [],
  errors,
  warnings: [],
});

async function chooseFileAnswered(answer: CsvImportPreview) {
  const user = userEvent.setup();
  renderAt('/volunteers/import', { '/volunteers/import': <ImportPeoplePage kind={VOLUNTEERS} /> }, (name) => (name === 'volunteers.importPreview' ? answer : undefined));
  await user.upload(screen.getByLabelText('Choose a CSV file'), new File(['First name\nSiân\n'], 'volunteers.csv', { type: 'text/csv' }));
  await screen.findByRole('heading', { name: 'Check the rows' });
}

describe('importing people from a CSV file', () => {
  it('names each problem by its spreadsheet row and the person on it, and says how many rows to fix', async () => {
    await chooseFileAnswered(
      preview(
        [
          { line: 5, name: 'Siân ap Gruffudd', field: 'email', fieldLabel: 'Email', message: 'Enter an email address in the right format' },
          { line: 7, field: 'firstName', fieldLabel: 'First name', message: 'Enter first name' },
          { line: 9, name: 'Llŷr Griffiths', field: 'dateOfBirth', fieldLabel: 'Date of birth', message: 'Enter date of birth as dd/mm/yyyy' },
        ],
        10,
        7,
      ),
    );
    const problems = within(screen.getByRole('table', { name: 'Problems to fix' }));
    expect(problems.getAllByRole('row').map((r) => r.querySelector('td')?.textContent ?? null)).toEqual([null, '5 (Siân ap Gruffudd)', '7', '9 (Llŷr Griffiths)']);
    expect(problems.getByRole('columnheader', { name: 'Row' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Fix 3 rows to import' }).hasAttribute('disabled')).toBe(true);
  });

  it('says "1 row" for one row to fix, and "Import" once every row is right', async () => {
    await chooseFileAnswered(preview([{ line: 2, name: 'Gwenllian Ŵyn', message: 'Enter first name' }], 2, 1));
    expect(screen.getByRole('button', { name: 'Fix 1 row to import' }).hasAttribute('disabled')).toBe(true);
    cleanup();
    await chooseFileAnswered(preview([], 2, 2));
    expect(screen.getByRole('button', { name: 'Import 2 volunteers' }).hasAttribute('disabled')).toBe(false);
  });
});
