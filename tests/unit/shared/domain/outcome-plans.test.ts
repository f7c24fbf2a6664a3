import { describe, expect, it } from 'vitest';
import { describeMeasurePlans } from '../../../../shared/domain/outcome-plans';

const names: Record<string, string> = { swemwbs: 'SWEMWBS', 'core-10': 'CORE-10', star: 'Our Recovery Star' };
const nameOf = (id: string) => names[id];

describe('a questionnaire plan in words', () => {
  it('names each questionnaire and when it is asked, in the plan’s order', () => {
    expect(
      describeMeasurePlans(
        [
          { measureId: 'swemwbs', atStart: true, atEnd: true },
          { measureId: 'core-10', atStart: false, every: { count: 6, unit: 'sessions' }, atEnd: false },
        ],
        nameOf,
      ),
    ).toBe('SWEMWBS at start and end; CORE-10 every 6 sessions');
  });

  it('says each part: start, every so often (one week or session said as “every”), end', () => {
    expect(describeMeasurePlans([{ measureId: 'star', atStart: true, every: { count: 1, unit: 'weeks' }, atEnd: true }], nameOf)).toBe('Our Recovery Star at start, every week and at end');
    expect(describeMeasurePlans([{ measureId: 'swemwbs', atStart: false, atEnd: true }], nameOf)).toBe('SWEMWBS at end');
    expect(describeMeasurePlans([{ measureId: 'swemwbs', atStart: true, every: { count: 4, unit: 'weeks' }, atEnd: false }], nameOf)).toBe('SWEMWBS at start and every 4 weeks');
  });

  it('says “None” with no plan, and names a measure it cannot find plainly', () => {
    expect(describeMeasurePlans(undefined, nameOf)).toBe('None');
    expect(describeMeasurePlans([], nameOf)).toBe('None');
    expect(describeMeasurePlans([{ measureId: 'gone', atStart: true, atEnd: false }], nameOf)).toBe('A questionnaire no longer in Settings at start');
  });
});
