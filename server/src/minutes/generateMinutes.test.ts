import { describe, expect, it } from 'vitest';
import type { BoardRecord } from '../storage/repositories/boards';
import type { CaseRecord } from '../storage/repositories/cases';
import { belongsInMinutes } from './generateMinutes';

const BERLIN = { id: 'b', code: 'CCCC', name: 'Berlin', timeZone: 'Europe/Berlin' };
const SEOUL = { id: 's', code: 'SCCC', name: 'Seoul', timeZone: 'Asia/Seoul' };

const board = (institutions: (typeof BERLIN)[]) => ({ institutions }) as unknown as BoardRecord;
const item = (home: typeof BERLIN, consent: boolean) =>
  ({ homeInstitution: { id: home.id }, consent }) as unknown as CaseRecord;

describe('minutes of a fixture board', () => {
  it('hold the cases every institution of the board may read', () => {
    const joint = board([BERLIN, SEOUL]);
    expect(belongsInMinutes(joint, item(BERLIN, true))).toBe(true);
    expect(belongsInMinutes(joint, item(BERLIN, false))).toBe(false);
    // A board of one institution shares nothing with anyone else: all its cases belong.
    expect(belongsInMinutes(board([BERLIN]), item(BERLIN, false))).toBe(true);
  });
});
