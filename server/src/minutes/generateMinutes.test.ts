import { describe, expect, it } from 'vitest';
import type { BoardRecord } from '../storage/repositories/boards';
import type { CaseRecord } from '../storage/repositories/cases';
import { attendanceOf, belongsInMinutes } from './generateMinutes';

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

  it('list attendance per person with every interval, by institution and then name', () => {
    const rows = [
      {
        userId: 'u2',
        name: 'Dr. Jonas Weber',
        role: 'clinician',
        institutionCode: 'CCCC',
        joinedAt: '2026-12-03T07:00:00.000Z',
        leftAt: '2026-12-03T07:20:00.000Z',
      },
      {
        userId: 'u3',
        name: 'Dr. 김민준',
        role: 'clinician',
        institutionCode: 'SCCC',
        joinedAt: '2026-12-03T07:01:00.000Z',
        leftAt: null,
      },
      {
        userId: 'u1',
        name: 'Anna Berger',
        role: 'coordinator',
        institutionCode: 'CCCC',
        joinedAt: '2026-12-03T06:59:00.000Z',
        leftAt: null,
      },
      {
        userId: 'u2',
        name: 'Dr. Jonas Weber',
        role: 'clinician',
        institutionCode: 'CCCC',
        joinedAt: '2026-12-03T07:25:00.000Z',
        leftAt: null,
      },
    ] as const;
    expect(attendanceOf(rows.map((row) => ({ ...row })))).toEqual([
      {
        name: 'Anna Berger',
        role: 'coordinator',
        institutionCode: 'CCCC',
        intervals: [{ from: '2026-12-03T06:59:00.000Z', to: null }],
      },
      {
        name: 'Dr. Jonas Weber',
        role: 'clinician',
        institutionCode: 'CCCC',
        intervals: [
          { from: '2026-12-03T07:00:00.000Z', to: '2026-12-03T07:20:00.000Z' },
          { from: '2026-12-03T07:25:00.000Z', to: null },
        ],
      },
      {
        name: 'Dr. 김민준',
        role: 'clinician',
        institutionCode: 'SCCC',
        intervals: [{ from: '2026-12-03T07:01:00.000Z', to: null }],
      },
    ]);
  });
});
