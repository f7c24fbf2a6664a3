import type { MemberListQuery } from '../../../shared/api';
import { createListState } from '../people/list-state';

export type MemberListState = Required<Pick<MemberListQuery, 'query' | 'status' | 'newsletter' | 'keyContactId' | 'deviceLoanOut' | 'sort' | 'direction'>> & {
  page: number;
};

export const CLEARED: Partial<MemberListState> = { query: '', status: 'all', newsletter: '', keyContactId: '', deviceLoanOut: false };

export const useMemberListState = createListState<MemberListState>({
  query: '',
  status: 'all',
  newsletter: '',
  keyContactId: '',
  deviceLoanOut: false,
  sort: 'name',
  direction: 'asc',
  page: 0,
});

export function isFiltered(s: MemberListState): boolean {
  return s.query.trim() !== '' || s.status !== 'all' || s.newsletter !== '' || s.keyContactId !== '' || s.deviceLoanOut;
}
