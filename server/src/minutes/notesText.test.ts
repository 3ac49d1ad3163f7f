import { describe, expect, it } from 'vitest';
import { demoNotesState } from '../storage/seed/demoNotes';
import { notesTextOf } from './notesText';

describe('notesTextOf', () => {
  it('gives one line per heading and paragraph, and marks list items', () => {
    const state = demoNotesState([
      { heading: 'Befund' },
      { paragraph: 'Adenokarzinom, EGFR Exon 19 Deletion.' },
      { bullets: ['폐암은 좌상엽에 국한', 'ECOG 1'] },
    ]);
    expect(notesTextOf([state])).toBe(
      'Befund\nAdenokarzinom, EGFR Exon 19 Deletion.\n• 폐암은 좌상엽에 국한\n• ECOG 1',
    );
  });

  it('keeps markup typed into the notes as text', () => {
    const state = demoNotesState([{ paragraph: '<script>alert(1)</script>' }]);
    expect(notesTextOf([state])).toBe('<script>alert(1)</script>');
  });

  it('is empty for notes nobody wrote', () => {
    expect(notesTextOf([])).toBe('');
  });
});
