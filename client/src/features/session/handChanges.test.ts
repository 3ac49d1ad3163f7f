import type { RaisedHand } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import { handChange } from './handChanges';

const hand = (userId: string, name: string): RaisedHand => ({
  userId,
  name,
  institutionCode: 'SCCC',
  raisedAt: '2026-12-10T07:05:00.000Z',
});
const kim = hand('kim', 'Dr. Kim');
const weber = hand('weber', 'Dr. Weber');

describe('announcing hand changes', () => {
  it('says nothing for the first snapshot or when nothing changed', () => {
    expect(handChange(null, { hands: [kim], speakerId: null })).toBeNull();
    expect(handChange({ hands: [kim], speakerId: null }, { hands: [kim], speakerId: null })).toBe(
      null,
    );
  });

  it('names who raised and who lowered a hand', () => {
    expect(
      handChange({ hands: [kim], speakerId: null }, { hands: [kim, weber], speakerId: null }),
    ).toEqual({ kind: 'raised', userId: 'weber', name: 'Dr. Weber' });
    expect(
      handChange({ hands: [kim, weber], speakerId: null }, { hands: [weber], speakerId: null }),
    ).toEqual({ kind: 'lowered', userId: 'kim', name: 'Dr. Kim' });
  });

  it('a call-on is announced as such, not as a lowered hand', () => {
    expect(
      handChange({ hands: [kim, weber], speakerId: null }, { hands: [weber], speakerId: 'kim' }),
    ).toEqual({ kind: 'calledOn', userId: 'kim' });
  });
});
