import { describe, expect, it } from 'vitest';
import {
  type BoardFormValues,
  boardRequestBody,
  isNonexistentTime,
  newBoardValues,
  nextDay,
  startInstant,
  validateBoard,
} from './boardForm';
import { slotOptions } from './slots';

const BERLIN = '00000000-0000-4000-8000-000000000001';
const SEOUL = '00000000-0000-4000-8000-000000000002';

function values(overrides: Partial<BoardFormValues> = {}): BoardFormValues {
  return {
    ...newBoardValues({ id: BERLIN, timeZone: 'Europe/Berlin' }, new Date('2026-11-20T12:00:00Z')),
    title: 'Joint Thoracic Tumor Board',
    date: '2026-12-03',
    institutionIds: [BERLIN, SEOUL],
    ...overrides,
  };
}

describe('a new board', () => {
  it('starts tomorrow at 08:00 in the coordinator institution, hosted there', () => {
    // 23:30 UTC on 19 Nov is already 20 Nov in Berlin: tomorrow is the 21st there.
    const fresh = newBoardValues(
      { id: SEOUL, timeZone: 'Asia/Seoul' },
      new Date('2026-11-19T23:30:00Z'),
    );
    expect(fresh).toMatchObject({
      date: '2026-11-21',
      time: '08:00',
      timeZone: 'Asia/Seoul',
      hostInstitutionId: SEOUL,
      institutionIds: [SEOUL],
    });
  });

  it('counts calendar days across month and year ends', () => {
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });
});

describe('the start time', () => {
  it('is the wall time in the chosen zone: 08:00 Berlin in winter is 07:00 UTC', () => {
    expect(startInstant(values())?.toISOString()).toBe('2026-12-03T07:00:00.000Z');
    expect(startInstant(values({ timeZone: 'Asia/Seoul', time: '16:00' }))?.toISOString()).toBe(
      '2026-12-03T07:00:00.000Z',
    );
  });

  it('recognises a time skipped when Berlin moves its clocks forward', () => {
    const gap = values({ date: '2026-03-29', time: '02:30' });
    expect(isNonexistentTime(gap)).toBe(true);
    expect(startInstant(gap)).toBeNull();
    expect(isNonexistentTime(values({ date: '2026-03-29', time: '03:30' }))).toBe(false);
    expect(isNonexistentTime(values({ date: '', time: '02:30' }))).toBe(false);
  });
});

describe('validateBoard', () => {
  it('builds the contract body with the wall time and its zone', () => {
    const result = validateBoard(values({ videoUrl: ' https://meet.example.org/thorax ' }));
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.start).toEqual({ local: '2026-12-03T08:00', timeZone: 'Europe/Berlin' });
    expect(result.data.videoUrl).toBe('https://meet.example.org/thorax');
    expect(result.data.durationMinutes).toBe(60);
  });

  it('names the inputs that need fixing', () => {
    const result = validateBoard(
      values({ title: ' ', durationMinutes: '5', videoUrl: 'http://insecure.example.org' }),
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    expect([...result.fields]).toEqual([
      ['title', 'title'],
      ['durationMinutes', 'durationMinutes'],
      ['videoUrl', 'videoUrl'],
    ]);
  });

  it('refuses a start that does not exist in its zone', () => {
    const result = validateBoard(values({ date: '2026-03-29', time: '02:30' }));
    expect(result.success).toBe(false);
    if (!result.success) expect(result.fields.get('start.local')).toBe('nonexistentTime');
  });

  it('never sends a duration it could not read as a number', () => {
    expect(Number.isNaN(boardRequestBody(values({ durationMinutes: '1e2' })).durationMinutes)).toBe(
      true,
    );
  });
});

describe('slotOptions', () => {
  it('lists the hours inside 08:00–18:00 in Berlin and Seoul, in winter', () => {
    const slots = slotOptions('2026-12-03', 'Europe/Berlin', ['Europe/Berlin', 'Asia/Seoul'], 'en');
    expect(slots).toEqual([
      { time: '08:00', label: '08:00 Berlin · 16:00 Seoul' },
      { time: '09:00', label: '09:00 Berlin · 17:00 Seoul' },
    ]);
  });

  it('gains an hour in summer, when Berlin is only seven hours behind Seoul', () => {
    const slots = slotOptions('2026-07-02', 'Europe/Berlin', ['Europe/Berlin', 'Asia/Seoul'], 'en');
    expect(slots.map((slot) => slot.time)).toEqual(['08:00', '09:00', '10:00']);
  });

  it('fills the time on the clock of the chosen zone, and shows that zone first', () => {
    const slots = slotOptions('2026-12-03', 'Asia/Seoul', ['Europe/Berlin', 'Asia/Seoul'], 'en');
    expect(slots[0]).toEqual({ time: '16:00', label: '16:00 Seoul · 08:00 Berlin' });
    const fromLondon = slotOptions(
      '2026-12-03',
      'Europe/London',
      ['Europe/Berlin', 'Asia/Seoul'],
      'en',
    );
    expect(fromLondon[0]).toEqual({
      time: '07:00',
      label: '07:00 London · 08:00 Berlin · 16:00 Seoul',
    });
  });

  it('offers nothing without a date or when no hour suits everyone', () => {
    expect(slotOptions('', 'Europe/Berlin', ['Europe/Berlin'], 'en')).toEqual([]);
    expect(
      slotOptions('2026-12-03', 'Europe/Berlin', ['Europe/Berlin', 'Pacific/Honolulu'], 'en'),
    ).toEqual([]);
  });
});
