import { describe, expect, it } from 'vitest';
import { ETHNICITY_IDS, ETHNIC_GROUPS, equalityAnswerLabel, equalityInputSchema } from '../../../../shared/domain/equality';

describe('equality monitoring answers', () => {
  it('offers the 19 Census 2021 ethnic groups in 5 headings', () => {
    expect(ETHNIC_GROUPS).toHaveLength(5);
    expect(ETHNICITY_IDS).toHaveLength(19);
  });

  it('treats "Not answered" as no answer, and keeps "Prefer not to say"', () => {
    expect(equalityInputSchema.parse({ sex: '', religion: 'prefer-not-to-say', disability: undefined })).toEqual({ religion: 'prefer-not-to-say' });
    expect(equalityInputSchema.safeParse({ sexualOrientation: 'unknown-option' }).success).toBe(false);
  });

  it('keeps free text only beside the answer it describes', () => {
    expect(equalityInputSchema.parse({ genderSameAsSex: 'no', genderIdentity: '  Non-binary ' })).toEqual({ genderSameAsSex: 'no', genderIdentity: 'Non-binary' });
    expect(equalityInputSchema.parse({ genderSameAsSex: 'prefer-not-to-say', genderIdentity: 'left over' })).toEqual({ genderSameAsSex: 'prefer-not-to-say' });
    expect(equalityInputSchema.parse({ ethnicity: 'any-other', ethnicityDetail: 'Kurdish' })).toEqual({ ethnicity: 'any-other', ethnicityDetail: 'Kurdish' });
    expect(equalityInputSchema.parse({ ethnicity: 'pakistani', ethnicityDetail: 'left over' })).toEqual({ ethnicity: 'pakistani' });
  });

  it('words answers for exports, with the ethnic group heading', () => {
    expect(equalityAnswerLabel('ethnicity', 'caribbean')).toBe('Black, Black British, Black Welsh, Caribbean or African: Caribbean');
    expect(equalityAnswerLabel('sex', 'prefer-not-to-say')).toBe('Prefer not to say');
    expect(equalityAnswerLabel('religion', undefined)).toBe('');
  });
});
