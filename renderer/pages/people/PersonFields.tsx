import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { TextField } from '../../components/Fields';
import { fieldId } from '../../lib/form-errors';

/** The fieldsets every person's form has (volunteers, members): name, contact details, emergency contact. */

export type PersonPath =
  | 'firstName'
  | 'lastName'
  | 'preferredName'
  | 'pronouns'
  | 'email'
  | 'phone'
  | 'address.line1'
  | 'address.line2'
  | 'address.town'
  | 'address.postcode'
  | 'emergencyContact.name'
  | 'emergencyContact.relationship'
  | 'emergencyContact.phone';

export interface PersonFieldProps {
  register: (name: PersonPath) => UseFormRegisterReturn<PersonPath>;
  /** The error to show next to a field, by path. */
  err: (path: string) => string | undefined;
}

export function NameFieldset({ register, err }: PersonFieldProps) {
  return (
    <fieldset>
      <legend>Name</legend>
      <div className="form-grid">
        <TextField id={fieldId('firstName')} label="First name" autoComplete="off" error={err('firstName')} {...register('firstName')} />
        <TextField id={fieldId('lastName')} label="Last name" autoComplete="off" error={err('lastName')} {...register('lastName')} />
        <TextField id={fieldId('preferredName')} label="Preferred name" hint="If different from their first name" error={err('preferredName')} {...register('preferredName')} />
        <TextField id={fieldId('pronouns')} label="Pronouns" hint="For example, she/her, they/them" className="input--medium" error={err('pronouns')} {...register('pronouns')} />
      </div>
    </fieldset>
  );
}

/** Email, phone and address; `children` adds the kind's own contact details after them. */
export function ContactFieldset({ register, err, children }: PersonFieldProps & { children?: ReactNode }) {
  return (
    <fieldset>
      <legend>Contact details</legend>
      <div className="form-grid">
        <TextField id={fieldId('email')} type="email" label="Email" autoComplete="off" spellCheck={false} error={err('email')} {...register('email')} />
        <TextField id={fieldId('phone')} type="tel" label="Phone" className="input--medium" error={err('phone')} {...register('phone')} />
      </div>
      <div className="form-grid">
        <TextField id={fieldId('address.line1')} label="Address line 1" error={err('address.line1')} {...register('address.line1')} />
        <TextField id={fieldId('address.line2')} label="Address line 2" error={err('address.line2')} {...register('address.line2')} />
        <TextField id={fieldId('address.town')} label="Town or city" className="input--medium" error={err('address.town')} {...register('address.town')} />
        <TextField id={fieldId('address.postcode')} label="Postcode" className="input--short" error={err('address.postcode')} {...register('address.postcode')} />
      </div>
      {children}
    </fieldset>
  );
}

export function EmergencyContactFieldset({ register, err, relationshipLabel }: PersonFieldProps & { relationshipLabel: string }) {
  return (
    <fieldset>
      <legend>Emergency contact</legend>
      <div className="form-grid">
        <TextField id={fieldId('emergencyContact.name')} label="Emergency contact name" error={err('emergencyContact.name')} {...register('emergencyContact.name')} />
        <TextField
          id={fieldId('emergencyContact.relationship')}
          label={relationshipLabel}
          hint="For example, partner, daughter, friend"
          error={err('emergencyContact.relationship')}
          {...register('emergencyContact.relationship')}
        />
        <TextField
          id={fieldId('emergencyContact.phone')}
          type="tel"
          label="Emergency contact phone"
          className="input--medium"
          error={err('emergencyContact.phone')}
          {...register('emergencyContact.phone')}
        />
      </div>
    </fieldset>
  );
}
