import type { ReactNode } from 'react';
import type { VolunteerCompliance } from '../../../shared/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { DbsTab } from './compliance/DbsTab';
import { ExpensesTab } from './compliance/ExpensesTab';
import { HoursTab } from './compliance/HoursTab';
import type { OnChange } from './compliance/shared';
import { SupervisionTab } from './compliance/SupervisionTab';
import { TrainingTab } from './compliance/TrainingTab';

export type ComplianceTabId = 'dbs' | 'training' | 'supervision' | 'hours' | 'expenses';

/** The DBS, Training, Supervision, Hours and Expenses tabs of a volunteer's profile. */
export function complianceTabs(view: VolunteerCompliance | null, error: string | null, onChange: OnChange): { id: ComplianceTabId; label: string; content: ReactNode }[] {
  const wrap = (content: (v: VolunteerCompliance) => ReactNode): ReactNode =>
    view ? content(view) : error ? <ErrorNotice message={error} /> : <p role="status">Loading…</p>;
  return [
    { id: 'dbs', label: 'DBS', content: wrap((v) => <DbsTab view={v} onChange={onChange} />) },
    { id: 'training', label: 'Training', content: wrap((v) => <TrainingTab view={v} onChange={onChange} />) },
    { id: 'supervision', label: 'Supervision', content: wrap((v) => <SupervisionTab view={v} onChange={onChange} />) },
    { id: 'hours', label: 'Hours', content: wrap((v) => <HoursTab view={v} onChange={onChange} />) },
    { id: 'expenses', label: 'Expenses', content: wrap((v) => <ExpensesTab view={v} onChange={onChange} />) },
  ];
}
