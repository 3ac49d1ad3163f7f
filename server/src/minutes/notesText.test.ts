import { NOTES_FRAGMENT } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { demoNotesState } from '../storage/seed/demoNotes';
import { notesTextOf } from './notesText';

describe('notesTextOf', () => {
  it('gives one line per heading and paragraph, and marks list items', () => {
    const state = demoNotesState([
      { heading: 'Befund' },
      { paragraph: 'Adenokarzinom, EGFR Exon 19 Deletion.' },
      { bullets: ['폐암은 좌상엽에 국한', 'ECOG 1'] },
    ]);
    expect(notesTextOf({ snapshot: state, updates: [] })).toBe(
      'Befund\nAdenokarzinom, EGFR Exon 19 Deletion.\n• 폐암은 좌상엽에 국한\n• ECOG 1',
    );
  });

  it('keeps markup typed into the notes as text', () => {
    const state = demoNotesState([{ paragraph: '<script>alert(1)</script>' }]);
    expect(notesTextOf({ snapshot: state, updates: [] })).toBe('<script>alert(1)</script>');
  });

  it('reads what was typed after the snapshot, keystroke by keystroke', () => {
    const snapshot = demoNotesState([{ paragraph: 'Staging:' }]);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, snapshot);
    const log: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => log.push(update));
    const line = doc.getXmlFragment(NOTES_FRAGMENT).get(0) as Y.XmlElement;
    const text = line.get(0) as Y.XmlText;
    for (const character of ' cT2a cN2b cM0') text.insert(text.length, character);

    const updates = log.map((payload, index) => ({ id: index + 1, payload }));
    expect(notesTextOf({ snapshot, updates })).toBe('Staging: cT2a cN2b cM0');
  });

  it('is empty for notes nobody wrote', () => {
    expect(notesTextOf({ snapshot: null, updates: [] })).toBe('');
  });
});
