import type { MinutesContent } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import { institutionName } from './attendanceGroups';

const SEOUL = { code: 'SNUH', name: 'Seoul National University Hospital', timeZone: 'Asia/Seoul' };
const BERLIN = { code: 'CHB', name: 'Charité Berlin', timeZone: 'Europe/Berlin' };

const board: MinutesContent['board'] = {
  id: '00000000-0000-4000-8000-000000000001',
  title: 'Joint Thoracic Tumor Board',
  tumorEntity: 'thoracic',
  startsAt: '2026-12-03T07:00:00.000Z',
  timeZone: 'Europe/Berlin',
  startedAt: '2026-12-03T07:01:00.000Z',
  endedAt: '2026-12-03T07:55:00.000Z',
  host: BERLIN,
  institutions: [SEOUL, BERLIN],
};

describe('institutionName', () => {
  it('names a listed institution and falls back to the code', () => {
    expect(institutionName(board, 'SNUH')).toBe('Seoul National University Hospital');
    expect(institutionName(board, 'XYZ')).toBe('XYZ');
  });
});
