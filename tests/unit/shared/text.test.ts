import { describe, expect, it } from 'vitest';
import { fold, slugify } from '../../../shared/text';

describe('fold', () => {
  it('ignores case and accents, and spells letters with no accent form in ASCII', () => {
    expect(fold('Siân Łukasz Ørsted')).toBe('sian lukasz orsted');
  });
});

describe('slugify', () => {
  it('turns names into safe file-name parts', () => {
    expect(slugify("Siân's Tuesday Group", 'group')).toBe('sians-tuesday-group');
    expect(slugify('  Grŵp Cymraeg — Llŷr & Zoë  ', 'group')).toBe('grwp-cymraeg-llyr-zoe');
  });

  it('falls back when nothing usable is left', () => {
    expect(slugify('🌻🌻', 'newsletter')).toBe('newsletter');
    expect(slugify('', 'volunteer')).toBe('volunteer');
  });

  it('keeps within the length and never ends on a dash', () => {
    const slug = slugify('a'.repeat(9) + ' b', 'x', 10);
    expect(slug).toBe('aaaaaaaaa');
  });
});
