import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { FieldValues } from 'react-hook-form';
import type { PeoplePage } from '../../../shared/domain/people-search';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Choice, SelectField, TextField } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { Page } from '../../components/Page';
import { errorMessage } from '../../lib/api';
import { saveDownload } from '../../lib/files';
import type { PeopleListState } from './list-state';
import { PersonStatusBadge } from './ProfileParts';
import { capitalised, type ExportOption, type PersonKind, type PersonRecord, type PersonRow } from './person-kind';

const PAGE_SIZE = 50;

export interface Noun {
  /** "volunteer" */
  one: string;
  /** "volunteers" */
  many: string;
  /** "Volunteers" */
  title: string;
}

/**
 * The list page of a kind of person: search as you type, filters, sort, "Showing 12 of 487",
 * pages, and the Add / Import CSV / Export CSV buttons.
 */
export function PeopleListPage<P extends PersonRecord<S>, F extends FieldValues, I, S extends string, Row extends PersonRow<S>, L extends PeopleListState>({
  kind,
}: {
  kind: PersonKind<P, F, I, S, Row, L>;
}) {
  const { sorts, columns, Filters } = kind.list;
  const [state, update] = kind.list.state.use();
  const load = kind.api.list;
  const basePath = kind.path;
  const noun: Noun = { one: kind.noun, many: kind.plural, title: capitalised(kind.plural) };
  const [list, setList] = useState<PeoplePage<Row> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const [moreOpen, setMoreOpen] = useState(() => kind.list.state.moreFiltersSet(state) > 0 || `${state.sort}-${state.direction}` !== sorts[0]?.value);
  const latest = useRef(0);
  const { flash } = useFlash();
  const [, navigate] = useLocation();
  // Only worth asking "these or everyone?" when the search and filters leave someone out: the
  // list starts on current people, which leaves nobody out until someone has left.
  const filtered = kind.list.state.isFiltered(state) && list !== null && list.matched < list.total;

  useEffect(() => {
    // Search as you type: every keystroke asks, only the newest answer is shown.
    const ticket = ++latest.current;
    load({ ...state, offset: state.page * PAGE_SIZE, limit: PAGE_SIZE })
      .then((result) => {
        if (ticket === latest.current) {
          setList(result);
          setError(null);
        }
      })
      .catch((e: unknown) => {
        if (ticket === latest.current) setError(errorMessage(e));
      });
  }, [state, load]);

  async function exportCsv(scope: 'all' | 'filtered', option: boolean) {
    setExporting(false);
    try {
      const file = await kind.api.exportCsv(state, scope, option);
      saveDownload(file);
      flash(`Exported ${scope === 'all' ? `all ${noun.many}` : `the ${noun.many} shown`} to ${file.filename}`);
    } catch (e) {
      flash(errorMessage(e), 'error');
    }
  }

  const sortValue = `${state.sort}-${state.direction}`;
  const moreSet = kind.list.state.moreFiltersSet(state) + (sortValue === sorts[0]?.value ? 0 : 1);
  const sortLabel = sorts.find((s) => s.value === sortValue)?.label ?? 'name';
  const pages = list ? Math.max(1, Math.ceil(list.matched / PAGE_SIZE)) : 1;
  const first = list && list.matched > 0 ? state.page * PAGE_SIZE + 1 : 0;
  const last = list ? Math.min(list.matched, (state.page + 1) * PAGE_SIZE) : 0;
  const count = (n: number) => n.toLocaleString('en-GB');
  const ariaSort = (sort: string | undefined) => (sort && state.sort === sort ? (state.direction === 'asc' ? 'ascending' : 'descending') : undefined);

  return (
    <Page
      title={noun.title}
      actions={
        <>
          <button type="button" className="button" onClick={() => navigate(`${basePath}/new`)}>
            Add {noun.one}
          </button>
          <button type="button" className="button button--secondary" onClick={() => navigate(`${basePath}/import`)}>
            Import CSV
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => (filtered || kind.list.exportOption ? setExporting(true) : void exportCsv('all', false))}
          >
            Export CSV
          </button>
        </>
      }
    >
      <div role="search" className="filters" aria-label={`Search and filter ${noun.many}`}>
        <div className="field--search">
          <TextField
            type="search"
            label={`Search ${noun.many}`}
            hint="Name, email or phone"
            value={state.query}
            onChange={(e) => update({ query: e.target.value } as Partial<L>)}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <SelectField label="Status" value={state.status} onChange={(e) => update({ status: e.target.value } as Partial<L>)}>
          <option value="all">All statuses</option>
          <option value="current">Current (everyone except leavers)</option>
          {kind.statuses.map((s) => (
            <option key={s} value={s}>
              {kind.statusLabels[s]}
            </option>
          ))}
        </SelectField>
        <button type="button" className="button button--secondary filters__toggle" aria-expanded={moreOpen} aria-controls="more-filters" onClick={() => setMoreOpen((open) => !open)}>
          {moreOpen ? 'Fewer filters' : `More filters${moreSet > 0 ? ` (${moreSet} set)` : ''}`}
        </button>
        {/* Folded away until wanted, so the list starts near the top of the window even at
            large text on a small screen; open whenever one of them is in use. */}
        <div id="more-filters" className="filters__more" hidden={!moreOpen}>
          <Filters state={state} update={update} />
          <SelectField
            label="Sort by"
            value={sortValue}
            onChange={(e) => {
              const s = sorts.find((x) => x.value === e.target.value) ?? sorts[0];
              if (s) update({ sort: s.sort, direction: s.direction } as Partial<L>);
            }}
          >
            {sorts.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </SelectField>
        </div>
      </div>

      <ErrorNotice message={error} />

      <p className="result-count" role="status" aria-live="polite">
        {list ? `Showing ${count(list.matched)} of ${count(list.total)} ${noun.many}` : `Loading ${noun.many}…`}
        {list && list.matched > PAGE_SIZE ? ` (${count(first)}–${count(last)} on this page)` : ''}
      </p>

      {list && list.total === 0 ? (
        <div className="notice">
          <p>
            No {noun.many} yet. Use <strong>Add {noun.one}</strong> to add someone, or <strong>Import CSV</strong> to bring in a spreadsheet.
          </p>
        </div>
      ) : null}
      {list && list.total > 0 && list.matched === 0 ? (
        <div className="notice">
          <p>No {noun.many} match. Try fewer words, or set the filters back to “All”.</p>
          <button type="button" className="button button--secondary" onClick={() => update(kind.list.state.cleared as Partial<L>)}>
            Clear search and filters
          </button>
        </div>
      ) : null}

      {list && list.rows.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">
              {noun.title}, sorted by {sortLabel}
            </caption>
            <thead>
              <tr>
                <th scope="col" aria-sort={ariaSort('name')}>
                  Name
                </th>
                <th scope="col" aria-sort={ariaSort('status')}>
                  Status
                </th>
                {columns.map((c) => (
                  <th key={c.header} scope="col" aria-sort={ariaSort(c.sort)}>
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <tr key={row.id}>
                  <td>
                    <Link href={`${basePath}/${row.id}`}>{row.name}</Link>
                  </td>
                  <td>
                    <PersonStatusBadge kind={kind} status={row.status} />
                  </td>
                  {columns.map((c) => (
                    <td key={c.header} className={c.className}>
                      {c.cell(row)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      {list && pages > 1 ? (
        <nav className="pager" aria-label={`Pages of ${noun.many}`}>
          <button type="button" className="button button--secondary" disabled={state.page === 0} onClick={() => update({ page: state.page - 1 } as Partial<L>)}>
            Previous page
          </button>
          <span>
            Page {state.page + 1} of {pages}
          </span>
          <button type="button" className="button button--secondary" disabled={state.page + 1 >= pages} onClick={() => update({ page: state.page + 1 } as Partial<L>)}>
            Next page
          </button>
        </nav>
      ) : null}

      {exporting && list ? (
        <ExportDialog
          noun={noun}
          list={list}
          filtered={filtered}
          option={kind.list.exportOption}
          onCancel={() => setExporting(false)}
          onExport={(scope, option) => void exportCsv(scope, option)}
        />
      ) : null}
    </Page>
  );
}

function ExportDialog<Row>({
  noun,
  list,
  filtered,
  option,
  onCancel,
  onExport,
}: {
  noun: Noun;
  list: PeoplePage<Row>;
  filtered: boolean;
  option: ExportOption | undefined;
  onCancel: () => void;
  onExport: (scope: 'all' | 'filtered', option: boolean) => void;
}) {
  const [scope, setScope] = useState<'all' | 'filtered'>(filtered ? 'filtered' : 'all');
  const [withOption, setWithOption] = useState(false);
  return (
    <Dialog title={`Export ${noun.many} to CSV`} onClose={onCancel}>
      {filtered ? (
        <fieldset>
          <legend>Which {noun.many}?</legend>
          <Choice
            type="radio"
            name="scope"
            label={`Only the ${list.matched.toLocaleString('en-GB')} shown by your search and filters`}
            checked={scope === 'filtered'}
            onChange={() => setScope('filtered')}
          />
          <Choice type="radio" name="scope" label={`All ${list.total.toLocaleString('en-GB')} ${noun.many}`} checked={scope === 'all'} onChange={() => setScope('all')} />
        </fieldset>
      ) : (
        <p>All {list.total.toLocaleString('en-GB')} {noun.many} will be exported.</p>
      )}
      {option ? (
        <fieldset>
          <legend>Extra details</legend>
          <Choice type="checkbox" label={option.label} checked={withOption} onChange={(e) => setWithOption(e.target.checked)} aria-describedby="export-option-hint" />
          <p id="export-option-hint" className="lede">
            {option.hint}
          </p>
        </fieldset>
      ) : null}
      <p className="lede">The file opens in Excel. It holds personal details: keep it safe and delete it when you are done.</p>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button" onClick={() => onExport(scope, withOption)}>
          Export
        </button>
      </div>
    </Dialog>
  );
}
