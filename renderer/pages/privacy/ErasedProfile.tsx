import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { formatUkDateLong, localDateOf } from '../../../shared/dates';
import { Page } from '../../components/Page';

/**
 * The page of a person whose details were erased: only the placeholder's name and when. Their
 * record stays so that registers, programmes and reports still count them.
 */
export function ErasedProfile({ erasedAt, name, backToList }: { erasedAt: string; name: string; backToList: ReactNode }) {
  return (
    <Page title={name}>
      <p>{backToList}</p>
      <div className="notice">
        {/* At their request or past their keep-until date: the erasure log says which. */}
        <p>This person’s details were erased on {formatUkDateLong(localDateOf(erasedAt))}.</p>
        <p>
          Their record stays as this anonymous placeholder so that registers, one-to-one programmes and reports for past periods still count them. It cannot be changed.
          The <Link href="/privacy/erasures">erasure log</Link> has the date and why.
        </p>
      </div>
    </Page>
  );
}
