import { useState, type ChangeEvent } from 'react';
import { Link, useLocation } from 'wouter';
import type { UploadedFile } from '../../../shared/api';
import { FILE_HEAD_BYTES, MAX_CSV_BYTES, uploadProblem } from '../../../shared/csv/file-check';
import type { CsvImportPreview, CsvMapping, CsvRowIssue } from '../../../shared/csv/types';
import { ConfirmDialog } from '../../components/Dialog';
import { TextField } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { Page } from '../../components/Page';
import { ApiCallError, errorMessage } from '../../lib/api';
import { readUpload } from '../../lib/files';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { PersonApi, PersonKind } from './person-kind';

/** What the import page needs of a kind of person. */
type ImportKind = Pick<PersonKind<never, never, never, string, never, never>, 'noun' | 'plural' | 'path' | 'importNote'> & {
  api: Pick<PersonApi<unknown, unknown, string, unknown, unknown>, 'importPreview' | 'importCommit'>;
};

/** Columns shown in the preview table when the file has them. */
const PREVIEW_FIELDS = ['firstName', 'lastName', 'email', 'phone', 'dateOfBirth', 'status'];

function IssueTable({ caption, issues }: { caption: string; issues: CsvRowIssue[] }) {
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Column</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((i, n) => (
            <tr key={`${i.line}-${i.field ?? ''}-${n}`}>
              <td>{rowText(i)}</td>
              <td>{i.fieldLabel ?? ''}</td>
              <td>{i.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "5 (Siân ap Gruffudd)": the spreadsheet row, and who is on it when the row says. */
function rowText(issue: CsvRowIssue): string {
  // A line 0 is the "…and 2,000 more" note, about no one row.
  if (issue.line <= 0) return '';
  const row = issue.line.toLocaleString('en-GB');
  return issue.name ? `${row} (${issue.name})` : row;
}

/** The API's words; when the file itself was refused, what is wrong with it rather than "Check the highlighted field". */
function importErrorMessage(error: unknown): string {
  if (error instanceof ApiCallError) {
    const aboutFile = error.fields['file.base64'] ?? error.fields['file.name'] ?? error.fields.file;
    if (aboutFile !== undefined) return aboutFile;
  }
  return errorMessage(error);
}

/**
 * Import in three steps: choose a file, check how its columns map and what is wrong, then
 * confirm. Nothing is saved before the confirmation, and then every row is saved or none.
 * One page for every kind of person, over the one import engine.
 */
export function ImportPeoplePage({ kind }: { kind: ImportKind }) {
  const noun = { one: kind.noun, many: kind.plural };
  const listPath = kind.path;
  const note = kind.importNote;
  const [, navigate] = useLocation();
  const { flashNext } = useFlash();
  const [file, setFile] = useState<UploadedFile | null>(null);
  const [preview, setPreview] = useState<CsvImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);

  async function check(upload: UploadedFile, mapping?: CsvMapping) {
    setBusy(true);
    setError(null);
    try {
      setPreview(await kind.api.importPreview(upload, mapping));
    } catch (e) {
      setPreview(null);
      setError(importErrorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  async function choose(e: ChangeEvent<HTMLInputElement>) {
    const chosen = e.target.files?.[0];
    if (!chosen) return;
    try {
      // Too big, or not text at all (a workbook, a PDF, a photo): said at once, before the
      // file is read or sent. Peer Desk checks again when it receives the file.
      const head = new Uint8Array(await chosen.slice(0, FILE_HEAD_BYTES).arrayBuffer());
      const problem = uploadProblem(chosen.name, chosen.size, head);
      if (problem !== undefined) {
        setFile(null);
        setPreview(null);
        setError(problem);
        return;
      }
      const upload = await readUpload(chosen);
      setFile(upload);
      await check(upload);
    } catch (err) {
      setError(importErrorMessage(err));
    }
  }

  async function commit() {
    if (!file || !preview) return;
    setBusy(true);
    try {
      const { imported } = await kind.api.importCommit(file, preview.mapping);
      flashNext(`Imported ${imported.toLocaleString('en-GB')} ${imported === 1 ? noun.one : noun.many} from ${file.name}`);
      navigate(listPath);
    } catch (e) {
      setConfirming(false);
      setError(importErrorMessage(e));
      setBusy(false);
    }
  }

  const ready = preview && !preview.problem && preview.errors.length === 0 && preview.validRows > 0;
  // Rows with problems: the disabled button says what stands in the way rather than "Import 7".
  const toFix = preview && preview.errors.length > 0 ? preview.totalRows - preview.validRows : 0;
  const mappedPreviewFields = preview ? preview.fields.filter((f) => PREVIEW_FIELDS.includes(f.key) && preview.mapping[f.key] != null) : [];

  return (
    <Page title={`Import ${noun.many} from a CSV file`} lede={`Save your spreadsheet as CSV (in Excel: File, Save As, “CSV UTF-8”); files of up to ${MAX_CSV_BYTES / 1024 / 1024} MB can be imported. Nothing is saved until you confirm.`}>
      <p>
        <Link href={listPath}>Back to {noun.many}</Link>
      </p>
      {note ? <p>{note}</p> : null}
      <TextField type="file" label="Choose a CSV file" accept=".csv,.txt,text/csv" onChange={(e) => void choose(e)} disabled={busy} />
      {busy ? <p role="status">Reading the file…</p> : null}
      <ErrorNotice message={error} />

      {preview && file ? (
        <>
          <ErrorNotice message={preview.problem} />

          {!preview.problem ? (
            <>
              <h2>Check the rows</h2>
              <p className="result-count" role="status">
                {preview.totalRows.toLocaleString('en-GB')} {preview.totalRows === 1 ? 'row' : 'rows'} found. {preview.validRows.toLocaleString('en-GB')} ready to import.{' '}
                {preview.errors.length > 0 ? `${(preview.totalRows - preview.validRows).toLocaleString('en-GB')} with problems.` : ''}
              </p>
              {preview.errors.length > 0 ? (
                <>
                  <div className="notice notice--error">
                    <p>
                      Nothing will be imported until every row is right. Fix these rows in your spreadsheet, save it as CSV again and choose it
                      again above. Rows are numbered as in your spreadsheet: the heading row is row 1.
                    </p>
                  </div>
                  <IssueTable caption="Problems to fix" issues={preview.errors} />
                </>
              ) : null}
              {preview.warnings.length > 0 ? (
                <>
                  <div className="notice notice--warning">
                    <p>Some rows look like people already on record, or like each other. Check them before you import.</p>
                  </div>
                  <IssueTable caption="Possible duplicates" issues={preview.warnings} />
                </>
              ) : null}
              {preview.preview.length > 0 ? (
                <div className="table-wrap">
                  <table>
                    <caption>First {preview.preview.length} rows as they will be read</caption>
                    <thead>
                      <tr>
                        <th scope="col">Row</th>
                        {mappedPreviewFields.map((f) => (
                          <th key={f.key} scope="col">
                            {f.label}
                          </th>
                        ))}
                        <th scope="col">Ready</th>
                      </tr>
                    </thead>
                    <tbody>
                      {preview.preview.map((row) => (
                        <tr key={row.line}>
                          <td>{row.line}</td>
                          {mappedPreviewFields.map((f) => (
                            <td key={f.key}>{row.values[f.key]}</td>
                          ))}
                          <td>{row.ok ? 'Yes' : 'No – see problems'}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ) : null}
              <div className="button-row">
                <button type="button" className="button" disabled={!ready || busy} onClick={() => setConfirming(true)}>
                  {toFix > 0
                    ? `Fix ${toFix.toLocaleString('en-GB')} ${toFix === 1 ? 'row' : 'rows'} to import`
                    : `Import ${preview.validRows.toLocaleString('en-GB')} ${preview.validRows === 1 ? noun.one : noun.many}`}
                </button>
                <Link href={listPath} className="button button--secondary">
                  Cancel
                </Link>
              </div>
            </>
          ) : null}
          <h2>Match the columns</h2>
          <details className="mapping" open={Boolean(preview.problem)}>
            <summary>
              {preview.fields.filter((f) => preview.mapping[f.key] != null).length} of {preview.fields.length} details found in your file. Show or
              change which column holds each one.
            </summary>
            <p>Peer Desk guessed which column holds each detail. Change any that are wrong.</p>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">Peer Desk detail and the column of your file it comes from</caption>
              <thead>
                <tr>
                  <th scope="col">Detail in Peer Desk</th>
                  <th scope="col">Column in {file.name}</th>
                </tr>
              </thead>
              <tbody>
                {preview.fields.map((f) => {
                  const id = `map-${f.key.replace(/\./g, '-')}`;
                  const current = preview.mapping[f.key];
                  return (
                    <tr key={f.key}>
                      <th scope="row">
                        <label htmlFor={id}>
                          {f.label}
                          {f.required ? ' (required)' : ''}
                        </label>
                      </th>
                      <td>
                        <select
                          id={id}
                          value={current == null ? '' : String(current)}
                          disabled={busy}
                          onChange={(e) => {
                            const next = { ...preview.mapping, [f.key]: e.target.value === '' ? null : Number(e.target.value) };
                            void check(file, next);
                          }}
                        >
                          <option value="">Not imported</option>
                          {preview.columns.map((c) => (
                            <option key={c.index} value={c.index}>
                              {c.header || `Column ${c.index + 1}`}
                              {c.samples[0] ? ` (e.g. ${c.samples[0].slice(0, 30)})` : ''}
                            </option>
                          ))}
                        </select>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          </details>
        </>
      ) : null}

      {confirming && preview ? (
        <ConfirmDialog
          title={`Import ${preview.validRows.toLocaleString('en-GB')} ${preview.validRows === 1 ? noun.one : noun.many}?`}
          confirmLabel="Import now"
          busy={busy}
          onCancel={() => setConfirming(false)}
          onConfirm={() => void commit()}
        >
          <p>They will be added to Peer Desk as new records{preview.warnings.length > 0 ? ', including the possible duplicates listed' : ''}.</p>
        </ConfirmDialog>
      ) : null}
    </Page>
  );
}
