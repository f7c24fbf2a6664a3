import { describe, expect, it } from 'vitest';
import { passphraseStrength } from '../../../shared/domain/protection';
import { minutesAndSeconds, newPassphraseErrors, waitInWords } from '../../../renderer/pages/protection/passphrase-form';

describe('the passphrase strength hint', () => {
  it('asks for ten characters first', () => {
    expect(passphraseStrength('tea urn').strength).toBe('too-short');
    expect(passphraseStrength('          ').strength).toBe('too-short');
  });

  it('calls well-known passwords, runs and repeats weak, however long', () => {
    for (const weak of ['Password123!', 'abcdefghijklmnop', 'aaaaaaaaaaaaaaaa', '1234567890', 'qwertyuiopasdf']) expect(passphraseStrength(weak).strength, weak).toBe('weak');
  });

  it('grows with length and variety: several ordinary words are strong', () => {
    expect(passphraseStrength('kettle orange').strength).toBe('fair');
    expect(passphraseStrength('kettle orange bicycle meadow').strength).toBe('strong');
    expect(passphraseStrength('kettle orange bicycle meadow').hint).toMatch(/^Strong\./);
  });
});

describe('a new passphrase typed twice', () => {
  it('is checked for length, then that both match, each beside its own field', () => {
    expect(newPassphraseErrors({ next: 'short', again: 'short' })).toEqual({ next: 'Enter a passphrase of at least 10 characters' });
    expect(newPassphraseErrors({ next: 'kettle orange bicycle', again: '' })).toEqual({ again: 'Type the passphrase again, to be sure it is what you meant' });
    expect(newPassphraseErrors({ next: 'kettle orange bicycle', again: 'kettle orange' })).toEqual({ again: 'The two passphrases are not the same. Type it again' });
    expect(newPassphraseErrors({ next: 'kettle orange bicycle', again: 'kettle orange bicycle' })).toEqual({});
  });
});

describe('the wait after wrong tries', () => {
  it('counts down as minutes and seconds, and is said in words', () => {
    expect([30_000, 29_001, 65_000, 0].map(minutesAndSeconds)).toEqual(['0:30', '0:30', '1:05', '0:00']);
    expect([30_000, 1_000, 120_000, 15 * 60_000].map(waitInWords)).toEqual(['30 seconds', '1 second', '2 minutes', '15 minutes']);
  });
});
