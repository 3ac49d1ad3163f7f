/**
 * The agenda as a coordinator edits it before saving: order and allotted minutes, plus the
 * keyboard "pick up, move, drop" gesture. Pure, so every reordering path is unit-tested.
 */
export interface AgendaEntry {
  caseId: string;
  allottedMinutes: number;
}

export interface Announcement {
  kind: 'grabbed' | 'moved' | 'dropped' | 'cancelled';
  caseId: string;
  /** 1-based position after the action. */
  position: number;
  total: number;
}

export interface AgendaState {
  order: string[];
  /** As typed, so a field can be empty while the coordinator edits it. */
  minutes: Record<string, string>;
  /** The case picked up with the keyboard, and where it was, so Escape can put it back. */
  grabbed: { caseId: string; fromIndex: number } | null;
  /** What a screen reader should hear after the last action. */
  announcement: Announcement | null;
}

export type AgendaAction =
  | { type: 'reset'; entries: readonly AgendaEntry[] }
  | { type: 'grab'; caseId: string }
  | { type: 'moveGrabbed'; delta: number }
  | { type: 'drop' }
  | { type: 'cancel' }
  | { type: 'move'; caseId: string; delta: number }
  | { type: 'moveTo'; caseId: string; index: number }
  | { type: 'setMinutes'; caseId: string; minutes: string };

export function initialAgendaState(entries: readonly AgendaEntry[]): AgendaState {
  return {
    order: entries.map((entry) => entry.caseId),
    minutes: Object.fromEntries(
      entries.map((entry) => [entry.caseId, String(entry.allottedMinutes)]),
    ),
    grabbed: null,
    announcement: null,
  };
}

function clampIndex(index: number, length: number): number {
  return Math.max(0, Math.min(length - 1, index));
}

function moveTo(order: readonly string[], caseId: string, index: number): string[] {
  const from = order.indexOf(caseId);
  if (from === -1) return [...order];
  const next = order.filter((id) => id !== caseId);
  next.splice(clampIndex(index, order.length), 0, caseId);
  return next;
}

function announce(
  kind: Announcement['kind'],
  order: readonly string[],
  caseId: string,
): Announcement {
  return { kind, caseId, position: order.indexOf(caseId) + 1, total: order.length };
}

export function agendaReducer(state: AgendaState, action: AgendaAction): AgendaState {
  switch (action.type) {
    case 'reset':
      return initialAgendaState(action.entries);
    case 'grab': {
      const fromIndex = state.order.indexOf(action.caseId);
      if (fromIndex === -1) return state;
      return {
        ...state,
        grabbed: { caseId: action.caseId, fromIndex },
        announcement: announce('grabbed', state.order, action.caseId),
      };
    }
    case 'moveGrabbed': {
      if (!state.grabbed) return state;
      const { caseId } = state.grabbed;
      const order = moveTo(state.order, caseId, state.order.indexOf(caseId) + action.delta);
      return { ...state, order, announcement: announce('moved', order, caseId) };
    }
    case 'drop': {
      if (!state.grabbed) return state;
      const { caseId } = state.grabbed;
      return { ...state, grabbed: null, announcement: announce('dropped', state.order, caseId) };
    }
    case 'cancel': {
      if (!state.grabbed) return state;
      const { caseId, fromIndex } = state.grabbed;
      const order = moveTo(state.order, caseId, fromIndex);
      return { ...state, order, grabbed: null, announcement: announce('cancelled', order, caseId) };
    }
    case 'move': {
      const from = state.order.indexOf(action.caseId);
      if (from === -1) return state;
      const order = moveTo(state.order, action.caseId, from + action.delta);
      return { ...state, order, announcement: announce('moved', order, action.caseId) };
    }
    case 'moveTo': {
      if (!state.order.includes(action.caseId)) return state;
      const order = moveTo(state.order, action.caseId, action.index);
      return { ...state, order, announcement: announce('moved', order, action.caseId) };
    }
    case 'setMinutes':
      if (!state.order.includes(action.caseId)) return state;
      return { ...state, minutes: { ...state.minutes, [action.caseId]: action.minutes } };
  }
}

/** Whole minutes between 1 and 120, as the contract allows; anything else is null. */
export function parseMinutes(value: string): number | null {
  if (!/^\d{1,3}$/.test(value.trim())) return null;
  const minutes = Number(value.trim());
  return minutes >= 1 && minutes <= 120 ? minutes : null;
}

/** The edited agenda differs from the saved one (order or any allotted minutes). */
export function isAgendaChanged(state: AgendaState, saved: readonly AgendaEntry[]): boolean {
  if (state.order.length !== saved.length) return true;
  return saved.some(
    (entry, index) =>
      state.order[index] !== entry.caseId ||
      parseMinutes(state.minutes[entry.caseId] ?? '') !== entry.allottedMinutes,
  );
}

/** The request body for saving, or null while some allotted minutes are not valid. */
export function agendaItems(state: AgendaState): AgendaEntry[] | null {
  const items: AgendaEntry[] = [];
  for (const caseId of state.order) {
    const allottedMinutes = parseMinutes(state.minutes[caseId] ?? '');
    if (allottedMinutes === null) return null;
    items.push({ caseId, allottedMinutes });
  }
  return items;
}
