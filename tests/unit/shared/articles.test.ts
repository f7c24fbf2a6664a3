import { describe, expect, it } from 'vitest';
import { indefiniteArticle, withArticle } from '../../../shared/articles';

describe('indefiniteArticle', () => {
  it.each([
    ['admin volunteer', 'an'],
    ['peer group facilitator', 'a'],
    ['hour', 'an'],
    ['hourly session', 'an'],
    ['honest answer', 'an'],
    ['honorary treasurer', 'an'],
    ['heir', 'an'],
    ['helper', 'a'],
    ['one-to-one', 'a'],
    ['once-a-month group', 'a'],
    ['onerous task', 'an'],
    ['user', 'a'],
    ['user group', 'a'],
    ['union rep', 'a'],
    ['university placement', 'a'],
    ['unanimous vote', 'a'],
    ['uninsured driver', 'an'],
    ['unimportant detail', 'an'],
    ['umbrella', 'an'],
    ['usher', 'an'],
    ['LGBT+ group', 'an'],
    ['LGBT', 'an'],
    ['MBE', 'an'],
    ['NHS link worker', 'an'],
    ['SEN assistant', 'an'],
    ['DBS check', 'a'],
    ['UK charity', 'a'],
    ['X-ray', 'an'],
    ['U-turn', 'a'],
    ['European project', 'a'],
    ['ewe', 'a'],
    ['Elder', 'an'],
    ['Admin volunteer', 'an'],
    ['Independent visitor', 'an'],
    ['8-week course', 'an'],
    ['18-month grant', 'an'],
    ['11-plus', 'an'],
    ['1-day course', 'a'],
    ['180-mile trip', 'a'],
    ['  outreach worker  ', 'an'],
    ['', 'a'],
  ])('%s → %s', (phrase, article) => {
    expect(indefiniteArticle(phrase)).toBe(article);
  });
});

describe('withArticle', () => {
  it('puts the article before the phrase as it is', () => {
    expect(withArticle('admin volunteer')).toBe('an admin volunteer');
    expect(withArticle('LGBT peer mentor')).toBe('an LGBT peer mentor');
    expect(withArticle('one-to-one buddy')).toBe('a one-to-one buddy');
  });
});
