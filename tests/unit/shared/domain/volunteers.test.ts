import { describe, expect, it, vi, afterEach } from 'vitest';
import { displayName, volunteerFormSchema, volunteerInputSchema } from '../../../../shared/domain/volunteers';

const base = { firstName: 'Siân', lastName: 'Llewelyn' };

function formErrors(values: Record<string, unknown>): Record<string, string> {
  const r = volunteerFormSchema.safeParse({ ...base, ...values });
  if (r.success) return {};
  return Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('volunteer form rules', () => {
  afterEach(() => vi.useRealTimers());

  it('needs only a first and last name', () => {
    const r = volunteerFormSchema.safeParse(base);
    expect(r.success).toBe(true);
    expect(formErrors({ firstName: '  ', lastName: '' })).toEqual({ firstName: 'Enter a first name', lastName: 'Enter a last name' });
  });

  it('reads UK dates as typed and refuses impossible ones', () => {
    const r = volunteerFormSchema.parse({ ...base, dateOfBirth: '7/3/1985', startDate: '01.09.2024' });
    expect(r.dateOfBirth).toBe('1985-03-07');
    expect(r.startDate).toBe('2024-09-01');
    expect(formErrors({ dateOfBirth: '31/02/1990' }).dateOfBirth).toMatch(/dd\/mm\/yyyy/);
    expect(formErrors({ dateOfBirth: '1990-13-01' }).dateOfBirth).toMatch(/dd\/mm\/yyyy/);
    expect(formErrors({ startDate: '03/04/25' }).startDate).toMatch(/dd\/mm\/yyyy/);
  });

  it('requires a volunteer to be 16 or over today, counting the birthday itself', () => {
    vi.useFakeTimers({ now: new Date(2026, 10, 23, 12) });
    expect(formErrors({ dateOfBirth: '23/11/2010' })).toEqual({});
    expect(formErrors({ dateOfBirth: '24/11/2010' }).dateOfBirth).toBe('A volunteer must be 16 or over');
    expect(formErrors({ dateOfBirth: '01/01/2030' }).dateOfBirth).toBe('Date of birth must be in the past');
  });

  it('checks email, phone and postcode loosely and tidies the postcode', () => {
    expect(formErrors({ email: 'siân@example' }).email).toMatch(/right format/);
    expect(formErrors({ phone: '12345' }).phone).toMatch(/phone number/);
    expect(formErrors({ address: { postcode: 'not a postcode' } })['address.postcode']).toMatch(/postcode/);
    const ok = volunteerFormSchema.parse({ ...base, email: ' a@example.org ', phone: '+44 (0)114 496 0123', address: { postcode: 'sm1 4ab' } });
    expect(ok.email).toBe('a@example.org');
    expect(ok.address.postcode).toBe('SM1 4AB');
  });

  it('keeps accented, Welsh and emoji names exactly', () => {
    const r = volunteerFormSchema.parse({ firstName: 'Llŷr 🌻', lastName: 'ap Gruffudd-Ní Bhriain', preferredName: 'Zoë' });
    expect(r.firstName).toBe('Llŷr 🌻');
    expect(displayName(r)).toBe('Zoë ap Gruffudd-Ní Bhriain');
  });

  it('splits comma lists, drops duplicates and blanks, and stores blanks as absent', () => {
    const r = volunteerFormSchema.parse({ ...base, languages: 'Welsh, English,, welsh', interests: '', pronouns: '  ' });
    expect(r.languages).toEqual(['Welsh', 'English']);
    expect(r.interests).toEqual([]);
    expect('pronouns' in r && r.pronouns !== undefined).toBe(false);
  });

  it('refuses huge input with a plain message instead of storing it', () => {
    expect(formErrors({ firstName: 'x'.repeat(101) }).firstName).toBe('First name must be 100 characters or fewer');
    expect(formErrors({ notes: 'y'.repeat(10_001) }).notes).toMatch(/10,000 characters or fewer/);
  });

  it('API input takes ISO dates and the same rules', () => {
    expect(volunteerInputSchema.safeParse({ ...base, dateOfBirth: '1985-03-07' }).success).toBe(true);
    expect(volunteerInputSchema.safeParse({ ...base, dateOfBirth: '07/03/1985' }).success).toBe(false);
    expect(volunteerInputSchema.safeParse({ ...base, availability: ['mon-night'] }).success).toBe(false);
  });
});
