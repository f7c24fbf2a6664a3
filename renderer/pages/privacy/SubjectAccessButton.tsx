import { useState } from 'react';
import { useLocation } from 'wouter';
import type { SubjectType } from '../../../shared/domain/subject-access';
import { useFlash } from '../../components/Flash';
import { SubjectAccessDialog } from './SubjectAccessDialog';

/**
 * "Subject access request" on a member's, volunteer's or referral's page: records the request
 * and opens it, where the pack is prepared.
 */
export function SubjectAccessButton({ type, id, name }: { type: SubjectType; id: string; name: string }) {
  const [open, setOpen] = useState(false);
  const [, navigate] = useLocation();
  const { flashNext } = useFlash();
  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
        Subject access request
      </button>
      {open ? (
        <SubjectAccessDialog
          subject={{ type, id }}
          name={name}
          onCancel={() => setOpen(false)}
          onSaved={(saved) => {
            flashNext(`Recorded the request from ${saved.name}: ${saved.dueText}.`);
            navigate(`/privacy/subject-access/${saved.id}`);
          }}
        />
      ) : null}
    </>
  );
}
