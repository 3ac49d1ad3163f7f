import { describe, expect, it } from 'vitest';
import {
  type AgendaAction,
  type AgendaState,
  agendaItems,
  agendaReducer,
  initialAgendaState,
  isAgendaChanged,
  parseMinutes,
} from './agendaReducer';

const SAVED = [
  { caseId: 'a', allottedMinutes: 10 },
  { caseId: 'b', allottedMinutes: 5 },
  { caseId: 'c', allottedMinutes: 15 },
  { caseId: 'd', allottedMinutes: 5 },
];

function run(...actions: AgendaAction[]): AgendaState {
  return actions.reduce(agendaReducer, initialAgendaState(SAVED));
}

describe('keyboard reordering', () => {
  it('picks a case up, moves it with the arrow keys and drops it', () => {
    const grabbed = run({ type: 'grab', caseId: 'a' });
    expect(grabbed.grabbed).toEqual({ caseId: 'a', fromIndex: 0 });
    expect(grabbed.announcement).toEqual({ kind: 'grabbed', caseId: 'a', position: 1, total: 4 });

    const moved = agendaReducer(agendaReducer(grabbed, { type: 'moveGrabbed', delta: 1 }), {
      type: 'moveGrabbed',
      delta: 1,
    });
    expect(moved.order).toEqual(['b', 'c', 'a', 'd']);
    expect(moved.announcement).toEqual({ kind: 'moved', caseId: 'a', position: 3, total: 4 });

    const dropped = agendaReducer(moved, { type: 'drop' });
    expect(dropped.grabbed).toBeNull();
    expect(dropped.order).toEqual(['b', 'c', 'a', 'd']);
    expect(dropped.announcement?.kind).toBe('dropped');
  });

  it('puts the case back where it was on Escape', () => {
    const state = run(
      { type: 'grab', caseId: 'c' },
      { type: 'moveGrabbed', delta: -1 },
      { type: 'moveGrabbed', delta: -1 },
      { type: 'cancel' },
    );
    expect(state.order).toEqual(['a', 'b', 'c', 'd']);
    expect(state.grabbed).toBeNull();
    expect(state.announcement).toEqual({ kind: 'cancelled', caseId: 'c', position: 3, total: 4 });
  });

  it('stops at either end instead of wrapping around', () => {
    const top = run({ type: 'grab', caseId: 'a' }, { type: 'moveGrabbed', delta: -1 });
    expect(top.order).toEqual(['a', 'b', 'c', 'd']);
    expect(top.announcement?.position).toBe(1);
    const bottom = run({ type: 'grab', caseId: 'c' }, { type: 'moveGrabbed', delta: 10 });
    expect(bottom.order).toEqual(['a', 'b', 'd', 'c']);
  });

  it('ignores moves and drops while nothing is picked up', () => {
    const initial = initialAgendaState(SAVED);
    expect(agendaReducer(initial, { type: 'moveGrabbed', delta: 1 })).toBe(initial);
    expect(agendaReducer(initial, { type: 'drop' })).toBe(initial);
    expect(agendaReducer(initial, { type: 'cancel' })).toBe(initial);
    expect(agendaReducer(initial, { type: 'grab', caseId: 'unknown' })).toBe(initial);
  });
});

describe('buttons and drag and drop', () => {
  it('moves one step with Move up / Move down', () => {
    expect(run({ type: 'move', caseId: 'b', delta: -1 }).order).toEqual(['b', 'a', 'c', 'd']);
    expect(run({ type: 'move', caseId: 'd', delta: 1 }).order).toEqual(['a', 'b', 'c', 'd']);
  });

  it('drops a dragged case at the target position', () => {
    const state = run({ type: 'moveTo', caseId: 'd', index: 0 });
    expect(state.order).toEqual(['d', 'a', 'b', 'c']);
    expect(state.announcement).toEqual({ kind: 'moved', caseId: 'd', position: 1, total: 4 });
  });
});

describe('saving', () => {
  it('knows when the order or minutes differ from the saved agenda', () => {
    expect(isAgendaChanged(run(), SAVED)).toBe(false);
    expect(isAgendaChanged(run({ type: 'move', caseId: 'a', delta: 1 }), SAVED)).toBe(true);
    expect(isAgendaChanged(run({ type: 'setMinutes', caseId: 'a', minutes: '12' }), SAVED)).toBe(
      true,
    );
    // Moving away and back again is no change.
    const back = run(
      { type: 'move', caseId: 'a', delta: 1 },
      { type: 'move', caseId: 'a', delta: -1 },
    );
    expect(isAgendaChanged(back, SAVED)).toBe(false);
  });

  it('sends every case in the new order with its minutes', () => {
    const state = run(
      { type: 'moveTo', caseId: 'c', index: 0 },
      { type: 'setMinutes', caseId: 'b', minutes: '8' },
    );
    expect(agendaItems(state)).toEqual([
      { caseId: 'c', allottedMinutes: 15 },
      { caseId: 'a', allottedMinutes: 10 },
      { caseId: 'b', allottedMinutes: 8 },
      { caseId: 'd', allottedMinutes: 5 },
    ]);
  });

  it('refuses to build a request while minutes are invalid', () => {
    expect(agendaItems(run({ type: 'setMinutes', caseId: 'b', minutes: '' }))).toBeNull();
    expect(agendaItems(run({ type: 'setMinutes', caseId: 'b', minutes: '0' }))).toBeNull();
    expect(agendaItems(run({ type: 'setMinutes', caseId: 'b', minutes: '121' }))).toBeNull();
  });

  it('reads only whole minutes from 1 to 120', () => {
    expect(parseMinutes(' 7 ')).toBe(7);
    expect(parseMinutes('120')).toBe(120);
    expect(parseMinutes('2.5')).toBeNull();
    expect(parseMinutes('-3')).toBeNull();
    expect(parseMinutes('abc')).toBeNull();
  });
});
