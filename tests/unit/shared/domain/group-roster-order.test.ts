import { describe, expect, it } from 'vitest';
import { byRegisterOrder, inRegisterOrder } from '../../../../shared/domain/group-roster';

const person = (firstName: string, lastName: string) => ({ firstName, lastName });

describe('the order of people in a group', () => {
  it('is surname then first name, ignoring case and accents', () => {
    const people = [person('Zoë', 'Ellis'), person('Łukasz', 'Wróbel'), person('Siân', 'ap Gruffudd'), person('aled', 'ELLIS'), person('Lowri', 'Wroe'), person('Émile', 'Zola')];
    expect(inRegisterOrder(people).map((p) => `${p.firstName} ${p.lastName}`)).toEqual([
      'Siân ap Gruffudd',
      'aled ELLIS',
      'Zoë Ellis',
      'Łukasz Wróbel',
      'Lowri Wroe',
      'Émile Zola',
    ]);
  });

  it('treats the same name with and without accents as equal, so a stable sort keeps their order', () => {
    expect(byRegisterOrder(person('Zoe', 'Ellis'), person('Zoë', 'ELLIS'))).toBe(0);
    expect(byRegisterOrder(person('Sian', 'Wrobel'), person('Siân', 'Wróbel'))).toBe(0);
    // A shorter surname comes before a longer one that starts the same way.
    expect(byRegisterOrder(person('Zac', 'Ellis'), person('Anna', 'Ellison'))).toBeLessThan(0);
  });

  it('leaves the list it is given alone', () => {
    const people = [person('Zoë', 'Ellis'), person('Siân', 'ap Gruffudd')];
    inRegisterOrder(people);
    expect(people[0]!.firstName).toBe('Zoë');
  });
});
