import type { ReactNode } from 'react';

/**
 * Edit and a second action (Delete, Remove, Archive…) for one row of a table, each named for
 * screen readers with the row ("Edit DBS check of 01/02/2026"). `children` go before them.
 */
export function RowActions({ label, onEdit, onDelete, deleteLabel = 'Delete', children }: { label: string; onEdit: () => void; onDelete: () => void; deleteLabel?: string; children?: ReactNode }) {
  return (
    <div className="row-actions">
      {children}
      <button type="button" className="button button--secondary" onClick={onEdit}>
        Edit<span className="visually-hidden"> {label}</span>
      </button>
      <button type="button" className="button button--secondary" onClick={onDelete}>
        {deleteLabel}
        <span className="visually-hidden"> {label}</span>
      </button>
    </div>
  );
}
