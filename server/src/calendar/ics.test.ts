import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine } from './ics';

const octets = (line: string) => Buffer.byteLength(line, 'utf8');
const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('escapeText', () => {
  it.each([
    ['commas', 'Lunge, Pleura', 'Lunge\\, Pleura'],
    ['semicolons', 'Fälle; Staging', 'Fälle\\; Staging'],
    ['backslashes', 'C:\\Boards', 'C:\\\\Boards'],
    ['a backslash before a comma, escaped once each', '\\,', '\\\\\\,'],
    [
      'line feeds',
      'Video: https://meet.example.org\nKonsil',
      'Video: https://meet.example.org\\nKonsil',
    ],
    ['CRLF line breaks', 'erste Zeile\r\nzweite Zeile', 'erste Zeile\\nzweite Zeile'],
    ['Korean text, unchanged', '흉부종양 다학제 진료', '흉부종양 다학제 진료'],
  ])('escapes %s', (_what, input, escaped) => {
    expect(escapeText(input)).toBe(escaped);
  });

  it('leaves no raw line break of any kind in the value', () => {
    // A bare CR would end the content line early in strict parsers.
    for (const input of ['a\nb', 'a\r\nb', 'a\rb', 'a\n\nb'])
      expect(escapeText(input), JSON.stringify(input)).not.toMatch(/[\r\n]/);
  });
});

describe('foldLine', () => {
  it('leaves a line of exactly 75 octets alone and folds one of 76', () => {
    const exact = `SUMMARY:${'x'.repeat(67)}`;
    expect(octets(exact)).toBe(75);
    expect(foldLine(exact)).toBe(exact);

    const folded = foldLine(`${exact}y`);
    expect(folded).toBe(`${exact}\r\n y`);
  });

  it('keeps every physical line within 75 octets, continuation space included', () => {
    const line = `DESCRIPTION:${'Konsil '.repeat(60)}`;

    const parts = foldLine(line).split('\r\n');

    expect(parts.length).toBeGreaterThan(5);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(unfold(foldLine(line))).toBe(line);
  });

  it('never splits a Korean character (three octets each) across lines', () => {
    const line = `SUMMARY:${'베를린–서울 합동 흉부종양 다학제 진료 '.repeat(6)}`;

    const parts = foldLine(line).split('\r\n');

    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      // Each part survives a UTF-8 round trip: no half characters at the edges.
      expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
      expect(part).not.toContain('\uFFFD');
    }
    expect(unfold(parts.join('\r\n'))).toBe(line);
  });

  it('never splits a character outside the Basic Multilingual Plane (four octets)', () => {
    const line = `SUMMARY:${'🫁'.repeat(40)}`;

    const parts = foldLine(line).split('\r\n');

    for (const part of parts) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(part).not.toMatch(
        /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
      );
    }
    expect(unfold(parts.join('\r\n'))).toBe(line);
  });
});

describe('buildIcs', () => {
  const event = {
    uid: '0b6f3a52-9c1e-4d8a-a1f7-3e2d1c0b9a87@konsil',
    startsAt: new Date('2026-12-03T07:00:00.000Z'),
    durationMinutes: 90,
    summary: 'Joint Thoracic Tumor Board; Berlin, Seoul',
    description:
      'Video: https://meet.example.org/thoracic\nKonsil: https://konsil.example.org/boards/1',
    url: 'https://konsil.example.org/boards/1',
    location: 'https://meet.example.org/thoracic',
    stampedAt: new Date('2026-11-28T09:15:42.123Z'),
  };

  it('writes one event in UTC with CRLF line endings', () => {
    const ics = buildIcs(event);

    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(unfold(ics).split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Konsil//Tumor Board//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:0b6f3a52-9c1e-4d8a-a1f7-3e2d1c0b9a87@konsil',
      'DTSTAMP:20261128T091542Z',
      'DTSTART:20261203T070000Z',
      'DURATION:PT90M',
      'SUMMARY:Joint Thoracic Tumor Board\\; Berlin\\, Seoul',
      'DESCRIPTION:Video: https://meet.example.org/thoracic\\nKonsil: https://konsil.example.org/boards/1',
      'URL:https://konsil.example.org/boards/1',
      'LOCATION:https://meet.example.org/thoracic',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('leaves out LOCATION for a board without a video link', () => {
    expect(buildIcs({ ...event, location: null })).not.toContain('LOCATION');
  });

  it('folds a long Korean title without breaking any line limit', () => {
    const summary = '베를린–서울 합동 흉부종양 다학제 진료 (폐암, 중피종, 흉선종)';

    const ics = buildIcs({ ...event, summary });

    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(unfold(ics)).toContain(`SUMMARY:${summary.replace(/,/g, '\\,')}`);
  });
});
