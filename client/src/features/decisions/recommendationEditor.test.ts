import { EMPTY_RECOMMENDATION, type Recommendation } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import {
  type EditorAction,
  type EditorState,
  editorReducer,
  isDirty,
  mustConfirmOverwrite,
  saveVersion,
  startEditor,
} from './recommendationEditor';
import { formValues } from './recommendationForm';

const BERLIN = { id: '00000000-0000-4000-8000-000000000001', code: 'CHB' };
const SEOUL = { id: '00000000-0000-4000-8000-000000000002', code: 'SNUH' };

function saved(version: number, decisionText: string, by = 'Dr. Ji-woo Park'): Recommendation {
  return {
    content: { ...EMPTY_RECOMMENDATION, decisionText },
    version,
    updatedBy: {
      id: `00000000-0000-4000-8000-00000000010${version}`,
      name: by,
      institution: by.startsWith('Dr. Ji') ? SEOUL : BERLIN,
    },
    updatedAt: '2026-12-03T08:15:00.000Z',
  };
}

function run(state: EditorState, ...actions: EditorAction[]): EditorState {
  return actions.reduce(editorReducer, state);
}

const type = (decisionText: string): EditorAction => ({
  type: 'edited',
  change: (values) => ({ ...values, decisionText }),
});

describe('a clean form', () => {
  it('starts from version 0 when nothing is saved, and from the saved version otherwise', () => {
    expect(saveVersion(startEditor(null))).toBe(0);
    const editor = startEditor(saved(3, 'Lobectomy.'));
    expect(saveVersion(editor)).toBe(3);
    expect(editor.values.decisionText).toBe('Lobectomy.');
    expect(isDirty(editor)).toBe(false);
  });

  it('simply follows a newer version someone else saved', () => {
    const editor = run(startEditor(saved(1, 'Lobectomy.')), {
      type: 'received',
      recommendation: saved(2, 'Lobectomy, then adjuvant chemotherapy.'),
    });
    expect(editor.values.decisionText).toBe('Lobectomy, then adjuvant chemotherapy.');
    expect(saveVersion(editor)).toBe(2);
    expect(editor.newer).toBeNull();
  });

  it('applies an edit to the form as it is now, not as it was when the edit began', () => {
    const base = saved(2, 'Palliative systemic therapy.');
    const theirs = { ...base, content: { ...base.content, intent: 'palliative' as const } };
    const editor = run(
      startEditor(saved(1, 'Lobectomy.')),
      { type: 'received', recommendation: theirs },
      type('Palliative systemic therapy; review in 3 months.'),
    );
    expect(editor.values.intent).toBe('palliative');
    expect(saveVersion(editor)).toBe(2);
  });

  it('ignores a refetch of the version it already has, or an older one', () => {
    const editor = startEditor(saved(2, 'Lobectomy.'));
    expect(run(editor, { type: 'received', recommendation: saved(2, 'Lobectomy.') })).toBe(editor);
    expect(run(editor, { type: 'received', recommendation: saved(1, 'Old.') })).toBe(editor);
    expect(run(editor, { type: 'received', recommendation: null })).toBe(editor);
  });
});

describe('a form with unsaved changes', () => {
  const start = startEditor(saved(1, 'Lobectomy.'));
  const typing = run(start, type('Lobectomy; discuss SBRT as alternative.'));

  it('is dirty', () => {
    expect(isDirty(typing)).toBe(true);
    expect(isDirty(run(typing, type('Lobectomy.  ')))).toBe(false);
  });

  it('keeps the typed text when someone saves a newer version, and holds that version back', () => {
    const theirs = saved(2, 'SBRT.');
    const editor = run(typing, { type: 'received', recommendation: theirs });
    expect(editor.values.decisionText).toBe('Lobectomy; discuss SBRT as alternative.');
    expect(editor.newer).toBe(theirs);
    expect(saveVersion(editor)).toBe(1);
    expect(editor.isConflict).toBe(false);
  });

  it('loads the newer version only when asked to', () => {
    const editor = run(
      typing,
      { type: 'received', recommendation: saved(2, 'SBRT.') },
      { type: 'tookTheirs' },
    );
    expect(editor.values.decisionText).toBe('SBRT.');
    expect(saveVersion(editor)).toBe(2);
    expect(isDirty(editor)).toBe(false);
    expect(editor.newer).toBeNull();
  });

  it('follows a newer version that says exactly what the form says', () => {
    const editor = run(typing, {
      type: 'received',
      recommendation: saved(2, 'Lobectomy; discuss SBRT as alternative.'),
    });
    expect(editor.newer).toBeNull();
    expect(saveVersion(editor)).toBe(2);
    expect(isDirty(editor)).toBe(false);
  });

  it('shows the conflict instead of sending a save that would be refused', () => {
    const held = run(typing, { type: 'received', recommendation: saved(2, 'SBRT.') });
    expect(mustConfirmOverwrite(held)).toBe(true);
    expect(mustConfirmOverwrite(run(held, { type: 'refused' }))).toBe(false);
    expect(mustConfirmOverwrite(typing)).toBe(false);
  });
});

describe('a refused save (409)', () => {
  const start = startEditor(saved(1, 'Lobectomy.'));
  const refused = run(start, type('Mine.'), { type: 'refused' });

  it('keeps the text and waits for the newer version, still saving from the old one', () => {
    expect(refused.isConflict).toBe(true);
    expect(refused.newer).toBeNull();
    expect(refused.values.decisionText).toBe('Mine.');
    expect(saveVersion(refused)).toBe(1);
  });

  it('shows the newer version next to the form and saves on top of it', () => {
    const editor = run(refused, { type: 'received', recommendation: saved(2, 'Theirs.') });
    expect(editor.values.decisionText).toBe('Mine.');
    expect(editor.newer?.content.decisionText).toBe('Theirs.');
    expect(saveVersion(editor)).toBe(2);
  });

  it('moves on to an even newer version that arrives meanwhile', () => {
    const editor = run(
      refused,
      { type: 'received', recommendation: saved(2, 'Theirs.') },
      { type: 'received', recommendation: saved(3, 'Theirs, revised.') },
    );
    expect(editor.newer?.version).toBe(3);
    expect(saveVersion(editor)).toBe(3);
  });

  it('ends once the save on top went through', () => {
    const conflict = run(refused, { type: 'received', recommendation: saved(2, 'Theirs.') });
    const editor = run(conflict, {
      type: 'saved',
      recommendation: saved(3, 'Mine.', 'Dr. Anna Weber'),
      sent: conflict.values,
    });
    expect(editor).toMatchObject({ newer: null, isConflict: false });
    expect(saveVersion(editor)).toBe(3);
    expect(isDirty(editor)).toBe(false);
  });
});

describe('a save that went through', () => {
  const start = startEditor(null);
  const typed = run(start, type('Radiotherapy 60 Gy.'));

  it('takes the saved version as its new start', () => {
    const editor = run(typed, {
      type: 'saved',
      recommendation: saved(1, 'Radiotherapy 60 Gy.'),
      sent: typed.values,
    });
    expect(saveVersion(editor)).toBe(1);
    expect(isDirty(editor)).toBe(false);
  });

  it('keeps what was typed while the save was on its way, as unsaved', () => {
    const more = run(typed, type('Radiotherapy 60 Gy in 30 fractions.'));
    const editor = run(more, {
      type: 'saved',
      recommendation: saved(1, 'Radiotherapy 60 Gy.'),
      sent: typed.values,
    });
    expect(editor.values.decisionText).toBe('Radiotherapy 60 Gy in 30 fractions.');
    expect(saveVersion(editor)).toBe(1);
    expect(isDirty(editor)).toBe(true);
  });

  it('follows someone who saved again right after, when nothing unsaved is left', () => {
    const theirs = saved(2, 'Radiotherapy 66 Gy.');
    const editor = run(
      typed,
      { type: 'received', recommendation: theirs },
      { type: 'saved', recommendation: saved(1, 'Radiotherapy 60 Gy.'), sent: typed.values },
    );
    expect(editor.values).toEqual(formValues(theirs.content));
    expect(saveVersion(editor)).toBe(2);
  });
});
