import type { MinutesContent } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { demoNotesState } from '../storage/seed/demoNotes';
import { pressEnterBefore } from '../test/notesSplit';
import { minutesWarnings } from './minutesWarnings';
import { notesText } from './notesText';

const SPINE = 'Palliative radiotherapy of the spine: 30 Gy/10 fractions possible';
const TAIL = '30 Gy/10 fractions possible';

/** Two copies of the same notes, each with its own edit, merged as the server merges them. */
function mergedAfter(notes: Uint8Array, edits: [(doc: Y.Doc) => void, (doc: Y.Doc) => void]) {
  const copies = edits.map((edit) => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, notes);
    edit(doc);
    return doc;
  });
  const merged = new Y.Doc();
  for (const copy of copies) Y.applyUpdate(merged, Y.encodeStateAsUpdate(copy));
  return notesText(merged);
}

function contentWith(notes: string[]): MinutesContent {
  return {
    board: {} as MinutesContent['board'],
    attendance: [],
    summary: '',
    cases: notes.map((text, index) => ({
      caseId: `00000000-0000-4000-8000-00000000000${index}`,
      position: index,
      pseudonym: `K-${index}`,
      homeInstitutionCode: 'CCCC',
      diagnosis: null,
      stage: null,
      question: '',
      notes: text,
      recommendation: null,
      positions: [],
      tally: { agree: 0, disagree: 0, abstain: 0 },
      status: 'decided',
      statusReason: null,
    })),
  };
}

describe('minutesWarnings', () => {
  it('names the case and the text that two concurrent Enters left twice in its notes', () => {
    const notes = demoNotesState([{ heading: 'Plan' }, { paragraph: SPINE }]);
    const enter = (doc: Y.Doc) => pressEnterBefore(doc, TAIL);
    const text = mergedAfter(notes, [enter, enter]);
    expect(text).toBe(`Plan\nPalliative radiotherapy of the spine: \n${TAIL}\n${TAIL}`);
    const content = contentWith(['Keine Einwände.', text]);

    expect(minutesWarnings(content)).toEqual([
      {
        caseId: content.cases[1]?.caseId,
        pseudonym: 'K-1',
        kind: 'duplicated_paragraph',
        text: TAIL,
      },
    ]);
  });

  it('has nothing to say about one Enter, or about repeated dashes and empty lines', () => {
    const notes = demoNotesState([
      { paragraph: SPINE },
      { paragraph: '—' },
      { paragraph: '—' },
      { paragraph: '' },
      { paragraph: '' },
      { bullets: ['n/a', 'n/a'] },
    ]);
    const text = mergedAfter(notes, [(doc) => pressEnterBefore(doc, TAIL), () => undefined]);
    expect(text).toBe(`Palliative radiotherapy of the spine: \n${TAIL}\n—\n—\n\n\n• n/a\n• n/a`);
    expect(minutesWarnings(contentWith([text, '', '—\n—']))).toEqual([]);
  });
});
