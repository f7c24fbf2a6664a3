import { describe, expect, it } from 'vitest';
import { NO_PROGRESS, reportOutcomes } from '../../../../shared/domain/grants';

describe('the outcome targets a report shows', () => {
  const targets = ['People feel less alone', 'People know where to get help in a crisis', 'Volunteers gain confidence'];

  it('shows every target in the grant’s order, saying so where nothing was written', () => {
    expect(reportOutcomes(targets, [{ outcome: 'Volunteers gain confidence', progress: 'Six moved into paid work.' }, { outcome: 'People feel less alone', progress: '   ' }])).toEqual([
      { outcome: 'People feel less alone', progress: NO_PROGRESS },
      { outcome: 'People know where to get help in a crisis', progress: NO_PROGRESS },
      { outcome: 'Volunteers gain confidence', progress: 'Six moved into paid work.' },
    ]);
  });

  it('keeps progress written against a target since renamed, after the current ones', () => {
    expect(reportOutcomes(['People feel less isolated'], [{ outcome: 'People feel less alone', progress: '31 of 40 said so.' }])).toEqual([
      { outcome: 'People feel less isolated', progress: NO_PROGRESS },
      { outcome: 'People feel less alone', progress: '31 of 40 said so.' },
    ]);
  });

  it('a grant with no outcome targets shows none', () => {
    expect(reportOutcomes([], [])).toEqual([]);
  });
});
