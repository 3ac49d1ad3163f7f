import type { PresenceEntry } from '@konsil/shared';
import { afterEach, beforeEach } from 'vitest';
import type { DialectName } from '../../storage/dialect';
import { DEMO_INSTITUTIONS, DEMO_USERS } from '../../storage/seed/demoUsers';
import { buildBoard, buildCase } from '../../test/factories';
import {
  connectLive,
  type JoinedClient,
  joinAs,
  joinWith,
  type LiveClient,
} from '../../test/liveClient';
import { institutionIdOf, userIdOf } from '../../test/queries';
import { startTestServer, type TestServer } from '../../test/testServer';

export const COORDINATOR_BERLIN = 'coordinator.berlin@konsil.test';
export const ONCOLOGIST_BERLIN = 'oncologist.berlin@konsil.test';
export const OBSERVER_BERLIN = 'observer.berlin@konsil.test';
export const COORDINATOR_SEOUL = 'coordinator.seoul@konsil.test';
export const ONCOLOGIST_SEOUL = 'oncologist.seoul@konsil.test';
export const SURGEON_BERLIN = 'surgeon.berlin@konsil.test';
export const ADMIN_BERLIN = 'admin.berlin@konsil.test';
export const ONCOLOGIST_VIENNA = 'oncologist.vienna@konsil.test';

export const MINUTE = 60_000;

/**
 * A fresh server with the Joint Thoracic Tumor Board: Berlin hosts, Seoul takes part, and the
 * Berlin oncologist, the Berlin observer and the Seoul oncologist are invited.
 */
export async function startWithJointBoard(
  dialect: DialectName,
): Promise<{ server: TestServer; board: { id: string; title: string } }> {
  const server = await startTestServer({ dialect });
  const board = await buildBoard(server.db, {
    host: 'CCCC',
    guests: ['SCCC'],
    invited: [ONCOLOGIST_BERLIN, OBSERVER_BERLIN, ONCOLOGIST_SEOUL],
    title: 'Joint Thoracic Tumor Board',
  });
  return { server, board };
}

/**
 * A fresh server per test with the Joint Thoracic Tumor Board (Berlin hosts,
 * Seoul takes part) and two cases on its agenda: Berlin's (10 min), then
 * Seoul's (15 min). Every client joined through it is closed after the test.
 */
export function useLiveBoard(dialect: DialectName) {
  let server: TestServer;
  let board: { id: string; title: string };
  let firstCase: { id: string };
  let secondCase: { id: string };
  const clients: LiveClient[] = [];

  beforeEach(async () => {
    ({ server, board } = await startWithJointBoard(dialect));
    firstCase = await buildCase(server.db, { board, home: 'CCCC', allottedMinutes: 10 });
    secondCase = await buildCase(server.db, { board, home: 'SCCC', allottedMinutes: 15 });
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.close();
    await server.close();
  });

  async function join(email: string): Promise<JoinedClient> {
    const client = await joinAs(server, email, board.id);
    clients.push(client);
    return client;
  }

  /** Another tab (or a reconnect) in the same browser as `client`. */
  async function joinAgain(client: LiveClient): Promise<JoinedClient> {
    const tab = await connectLive(server, client.browser, client.email);
    clients.push(tab);
    return joinWith(tab, board.id);
  }

  /** The presence entry the server should show for a demo user, from the seed. */
  async function entryOf(email: string, status: PresenceEntry['status'] = 'online') {
    const user = DEMO_USERS.find((candidate) => candidate.email === email);
    const institution = DEMO_INSTITUTIONS.find((item) => item.code === user?.institution);
    if (!user || !institution) throw new Error(`not a demo user: ${email}`);
    return {
      userId: await userIdOf(server.db, email),
      name: user.name,
      role: user.role,
      specialty: user.specialty,
      institution: {
        id: await institutionIdOf(server.db, institution.code),
        code: institution.code,
        name: institution.name,
      },
      status,
    };
  }

  /** Resolves once every client received the snapshot with `version`; returns what each got. */
  const everyoneSees = (watchers: LiveClient[], version: number) =>
    Promise.all(watchers.map((c) => c.next('session:state', (state) => state.version === version)));

  async function attendanceOf(email: string) {
    const userId = await userIdOf(server.db, email);
    return server.db
      .selectFrom('attendance')
      .select(['joined_at', 'left_at', 'institution_id'])
      .where('board_id', '=', board.id)
      .where('user_id', '=', userId)
      .orderBy('joined_at')
      .execute();
  }

  const atMinute = (minutes: number) =>
    new Date(Date.parse('2026-12-03T07:00:00.000Z') + minutes * MINUTE).toISOString();

  return {
    /** This test's server (set before each test). */
    get server() {
      return server;
    },
    /** This test's board (set before each test). */
    get board() {
      return board;
    },
    /** The Berlin case, first on the agenda, 10 minutes. */
    get firstCase() {
      return firstCase;
    },
    /** The Seoul case, second on the agenda, 15 minutes. */
    get secondCase() {
      return secondCase;
    },
    /** Clients closed after the test: push any not joined through `join`. */
    clients,
    join,
    joinAgain,
    entryOf,
    everyoneSees,
    attendanceOf,
    atMinute,
  };
}
