import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Config } from '../../../config';
import { boardOf, signIn } from '../../../test/api';
import { newBoardInput } from '../../../test/boardInput';
import { describeEachDatabase } from '../../../test/databases';
import { buildBoard } from '../../../test/factories';
import { auditRows, userIdOf } from '../../../test/queries';
import { httpRequest } from '../../../test/rawHttp';
import { startTestServer, type TestServer } from '../../../test/testServer';

const COORDINATOR_BERLIN = 'coordinator.berlin@konsil.test';
const ONCOLOGIST_SEOUL = 'oncologist.seoul@konsil.test';

describeEachDatabase('calendar export of a board', (dialect) => {
  let server: TestServer;

  beforeEach(async () => {
    server = await startTestServer({ dialect });
  });

  afterEach(async () => {
    await server.close();
  });

  describe('the calendar file', () => {
    const TITLE =
      'Joint Thoracic Tumor Board · 베를린–서울 합동 흉부종양 다학제 진료; Fälle, Staging';
    const VIDEO =
      'https://meet.example.org/konsil/joint-thoracic-tumor-board-2026-12-03?pwd=7Fk3q2';

    async function exportedIcs() {
      const coordinator = await signIn(server, COORDINATOR_BERLIN);
      const input = await newBoardInput(server.db, {
        host: 'CCCC',
        guests: ['SCCC'],
        invited: [ONCOLOGIST_SEOUL],
        title: TITLE,
        videoUrl: VIDEO,
      });
      const board = boardOf(await coordinator.post('/api/boards', input));
      const seoul = await signIn(server, ONCOLOGIST_SEOUL);
      return { board, response: await seoul.get(`/api/boards/${board.id}/calendar.ics`) };
    }

    it('describes the board as one event at 07:00 UTC lasting 90 minutes', async () => {
      const { board, response } = await exportedIcs();

      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/calendar; charset=utf-8/);
      const unfolded = response.text.replace(/\r\n /g, '');
      const lines = unfolded.split('\r\n');
      expect(lines).toEqual(
        expect.arrayContaining([
          'BEGIN:VCALENDAR',
          'BEGIN:VEVENT',
          `UID:${board.id}@konsil`,
          'DTSTART:20261203T070000Z',
          'DURATION:PT90M',
          `SUMMARY:${TITLE.replace(/[;,]/g, (char) => `\\${char}`)}`,
          'END:VEVENT',
          'END:VCALENDAR',
        ]),
      );
      const description = lines.find((line) => line.startsWith('DESCRIPTION:'));
      expect(description).toContain(`Video: ${VIDEO}`);
      expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
      const exported = await auditRows(server.db, { action: 'board.calendar_exported' });
      expect(exported.map((row) => [row.actor_user_id, row.object_id])).toEqual([
        [await userIdOf(server.db, ONCOLOGIST_SEOUL), board.id],
      ]);
    });

    it('ends every line in CRLF and folds none longer than 75 octets', async () => {
      const { response } = await exportedIcs();

      expect(response.text.endsWith('\r\n')).toBe(true);
      expect(response.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      const lines = response.text.split('\r\n').slice(0, -1);
      const tooLong = lines.filter((line) => Buffer.byteLength(line, 'utf8') > 75);
      expect(tooLong).toEqual([]);
      // The Korean title and the long link really were folded.
      expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(1);
    });
  });
});

/** The board link in an exported calendar file, unfolded. */
function linkIn(ics: string): string | undefined {
  const lines = ics.replace(/\r\n /g, '').split('\r\n');
  return lines.find((line) => line.startsWith('URL:'))?.slice('URL:'.length);
}

describe('the link in a calendar file', () => {
  let server: TestServer | undefined;

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  /** A calendar file fetched with a forged Host and forwarded host, as a hostile proxy or client could. */
  async function exportedWithForgedHost(config: Partial<Config>) {
    server = await startTestServer({ config });
    const board = await buildBoard(server.db, { host: 'CCCC', invited: [] });
    const coordinator = await signIn(server, COORDINATOR_BERLIN);
    const answer = await httpRequest(server.baseUrl, {
      path: `/api/boards/${board.id}/calendar.ics`,
      headers: {
        cookie: coordinator.cookieHeader,
        host: 'evil.example',
        // The test server trusts loopback proxies, so these would count if anything read them.
        'x-forwarded-host': 'evil.example',
        'x-forwarded-proto': 'https',
      },
    });
    expect(answer.status).toBe(200);
    return { board, ics: answer.text, port: new URL(server.baseUrl).port };
  }

  it("points at the server's own origin without PUBLIC_URL, whatever Host says", async () => {
    const { board, ics, port } = await exportedWithForgedHost({});

    expect(linkIn(ics)).toBe(`http://localhost:${port}/boards/${board.id}`);
    expect(ics).not.toContain('evil.example');
  });

  it('points at PUBLIC_URL when it is set, whatever Host says', async () => {
    const { board, ics } = await exportedWithForgedHost({
      publicUrl: 'https://konsil.charite.example/app/',
      extraAllowedOrigins: ['https://konsil.samsung.example'],
    });

    expect(linkIn(ics)).toBe(`https://konsil.charite.example/boards/${board.id}`);
    expect(ics).not.toContain('evil.example');
  });

  it('points at the first allowed origin when only ALLOWED_ORIGINS is set', async () => {
    const { board, ics } = await exportedWithForgedHost({
      extraAllowedOrigins: ['https://konsil.samsung.example', 'https://konsil.charite.example'],
    });

    expect(linkIn(ics)).toBe(`https://konsil.samsung.example/boards/${board.id}`);
    expect(ics).not.toContain('evil.example');
  });
});
