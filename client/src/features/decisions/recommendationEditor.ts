import { EMPTY_RECOMMENDATION, type Recommendation } from '@konsil/shared';
import { formValues, isSameContent, type RecommendationFormValues } from './recommendationForm';

/**
 * The recommendation editor's state. Several people may edit the same recommendation during a
 * board; the rule is that nobody's typing is ever replaced without them asking for it.
 */
export interface EditorState {
  /** The saved version the form started from (0 = none saved yet), as form values. */
  base: { version: number; values: RecommendationFormValues };
  values: RecommendationFormValues;
  /** The newest saved version after `base`, held back because the form has unsaved changes. */
  newer: Recommendation | null;
  /**
   * A save was refused (409) or held back because `newer` exists: `newer` is shown read-only next
   * to the form, and the next save goes on top of it.
   */
  isConflict: boolean;
}

/**
 * Unsaved recommendation forms by case id, kept while the live board is open: when the chair
 * moves the board on, what someone was typing waits for them until they return to the case.
 */
export type RecommendationDrafts = Map<string, EditorState>;

export type EditorAction =
  /** The server's current recommendation (a refetch after `decision:changed`, or the first load). */
  | { type: 'received'; recommendation: Recommendation | null }
  /** Applied to the form as it is now, so that an edit never brings back values it replaced. */
  | { type: 'edited'; change: (values: RecommendationFormValues) => RecommendationFormValues }
  /** The viewer's save went through; `sent` is what the form held when it was sent. */
  | { type: 'saved'; recommendation: Recommendation; sent: RecommendationFormValues }
  /** The server answered 409: someone saved after `base`. */
  | { type: 'refused' }
  /** The viewer drops their changes for the newer saved version. */
  | { type: 'tookTheirs' };

export function startEditor(recommendation: Recommendation | null): EditorState {
  const values = formValues(recommendation?.content ?? EMPTY_RECOMMENDATION);
  return {
    base: { version: recommendation?.version ?? 0, values },
    values,
    newer: null,
    isConflict: false,
  };
}

/** Unsaved changes: the form would save something other than the version it started from. */
export function isDirty(state: EditorState): boolean {
  return !isSameContent(state.values, state.base.values);
}

/** The version a save names as its starting point; in a conflict, the newer one it replaces. */
export function saveVersion(state: EditorState): number {
  return state.isConflict && state.newer ? state.newer.version : state.base.version;
}

/** Saving while a newer version is known would be refused; show the conflict first instead. */
export function mustConfirmOverwrite(state: EditorState): boolean {
  return state.newer !== null && !state.isConflict;
}

function receive(state: EditorState, recommendation: Recommendation | null): EditorState {
  if (!recommendation) return state;
  const known = Math.max(state.base.version, state.newer?.version ?? 0);
  if (recommendation.version <= known) return state;
  // A clean form, or one that already holds exactly what was saved, simply follows.
  if (!isDirty(state) || isSameContent(state.values, formValues(recommendation.content))) {
    return startEditor(recommendation);
  }
  return { ...state, newer: recommendation };
}

function saved(
  state: EditorState,
  recommendation: Recommendation,
  sent: RecommendationFormValues,
): EditorState {
  if (recommendation.version < state.base.version) return state;
  const values = formValues(recommendation.content);
  const newer = state.newer && state.newer.version > recommendation.version ? state.newer : null;
  const next: EditorState = {
    base: { version: recommendation.version, values },
    // Typing that happened while the save was on its way stays in the form (and stays unsaved).
    values: isSameContent(state.values, sent) ? values : state.values,
    newer,
    isConflict: newer ? state.isConflict : false,
  };
  // Someone saved again right after us: with nothing unsaved left, the form follows them.
  return newer && !isDirty(next) ? startEditor(newer) : next;
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'received':
      return receive(state, action.recommendation);
    case 'edited':
      return { ...state, values: action.change(state.values) };
    case 'saved':
      return saved(state, action.recommendation, action.sent);
    case 'refused':
      return { ...state, isConflict: true };
    case 'tookTheirs':
      return state.newer ? startEditor(state.newer) : state;
  }
}
