import { describe, expect, it } from 'vitest';
import { BUILT_IN_MEASURE_IDS, BUILT_IN_MEASURES, measureById, scoreAnswers } from '../../../../../shared/domain/outcome-measures';

describe('built-in measure definitions', () => {
  it('has one definition per built-in id, found by measureById', () => {
    expect(BUILT_IN_MEASURES.map((m) => m.id)).toEqual([...BUILT_IN_MEASURE_IDS]);
    for (const id of BUILT_IN_MEASURE_IDS) expect(measureById(id, [])?.builtIn).toBe(true);
  });

  it('gives every measure a source and a licence line to print', () => {
    for (const m of BUILT_IN_MEASURES) {
      expect(m.source, m.id).not.toBe('');
      expect(m.licence, m.id).not.toBe('');
    }
  });

  it('explains every wording it could not verify', () => {
    // CORE-10's instructions, last answer label and copyright line were not checked against the
    // CORE System Trust's own form; screens show wordingNote.
    expect(BUILT_IN_MEASURES.filter((m) => !m.wordingVerified).map((m) => m.id)).toEqual(['core-10']);
    for (const m of BUILT_IN_MEASURES.filter((d) => !d.wordingVerified)) expect(m.wordingNote, m.id).toBeTruthy();
  });

  it('carries the SWEMWBS licence line exactly as it must be reproduced', () => {
    expect(measureById('swemwbs', [])?.licence).toBe(
      'Short Warwick Edinburgh Mental Wellbeing Scale (SWEMWBS) © NHS Health Scotland, University of Warwick and University of Edinburgh, 2008, all rights reserved.',
    );
  });

  it('gives every item a unique id within its measure', () => {
    for (const m of BUILT_IN_MEASURES) expect(new Set(m.items.map((i) => i.id)).size, m.id).toBe(m.items.length);
  });

  it('refuses answers for a question the measure does not have', () => {
    const swemwbs = measureById('swemwbs', [])!;
    expect(scoreAnswers(swemwbs, { 'no-such-item': 3 }).reason).toMatch(/no question "no-such-item"/);
  });
});
