import type { NotesUser } from '@konsil/shared';
import { afterEach, beforeEach, vi } from 'vitest';
import type { DialectName } from '../storage/dialect';
import { DEMO_INSTITUTIONS, DEMO_USERS } from '../storage/seed/demoUsers';
import { signIn } from './api';
import {
  type ConnectOptions,
  NOTES_WAIT_MS,
  type NotesClient,
  openNotes,
  openSyncedNotes,
} from './collabClient';
import { buildBoard, buildCase } from './factories';
import { userIdOf } from './queries';
import type { RawNotesSocket } from './rawNotesSocket';
import type { TestClient } from './testClient';
import { startTestServer, type TestServer } from './testServer';

export const COORDINATOR_BERLIN = 'coordinator.berlin@konsil.test';
export const ONCOLOGIST_BERLIN = 'oncologist.berlin@konsil.test';
export const SURGEON_BERLIN = 'surgeon.berlin@konsil.test';
export const PATHOLOGIST_BERLIN = 'pathologist.berlin@konsil.test';
export const OBSERVER_BERLIN = 'observer.berlin@konsil.test';
export const ADMIN_BERLIN = 'admin.berlin@konsil.test';
export const COORDINATOR_SEOUL = 'coordinator.seoul@konsil.test';
export const ONCOLOGIST_SEOUL = 'oncologist.seoul@konsil.test';
export const RADIOLOGIST_SEOUL = 'radiologist.seoul@konsil.test';
export const RADIATION_SEOUL = 'radiation.seoul@konsil.test';
export const ONCOLOGIST_VIENNA = 'oncologist.vienna@konsil.test';

/** Everyone who may edit the board's notes: invited clinicians and both coordinators. */
export const EDITORS = [
  COORDINATOR_BERLIN,
  ONCOLOGIST_BERLIN,
  SURGEON_BERLIN,
  PATHOLOGIST_BERLIN,
  COORDINATOR_SEOUL,
  ONCOLOGIST_SEOUL,
  RADIOLOGIST_SEOUL,
  RADIATION_SEOUL,
];

/** The awareness `user` the server must stamp for a demo user. */
export async function notesUserOf(
  server: TestServer,
  email: string,
  readOnly: boolean,
): Promise<NotesUser> {
  const user = DEMO_USERS.find((candidate) => candidate.email === email);
  const institution = DEMO_INSTITUTIONS.find((item) => item.code === user?.institution);
  if (!user || !institution) throw new Error(`not a demo user: ${email}`);
  return {
    userId: await userIdOf(server.db, email),
    name: user.name,
    color: institution.color,
    institutionCode: institution.code,
    role: user.role,
    readOnly,
  };
}

/**
 * A fresh server per test with the joint Berlin–Seoul thoracic board and
 * `caseCount` cases on it (the first a consented Berlin case). Every notes
 * client and raw socket opened through it is closed after the test.
 */
export function useNotesBoard(dialect: DialectName, options: { caseCount?: number } = {}) {
  let server: TestServer;
  let board: { id: string };
  let caseIds: string[] = [];
  const clients: NotesClient[] = [];
  const sockets: RawNotesSocket[] = [];

  beforeEach(async () => {
    server = await startTestServer({ dialect });
    board = await buildBoard(server.db, {
      host: 'CCCC',
      guests: ['SCCC'],
      invited: [
        ONCOLOGIST_BERLIN,
        SURGEON_BERLIN,
        PATHOLOGIST_BERLIN,
        OBSERVER_BERLIN,
        ONCOLOGIST_SEOUL,
        RADIOLOGIST_SEOUL,
        RADIATION_SEOUL,
      ],
      title: `Joint Thoracic Tumor Board (${dialect})`,
    });
    caseIds = [];
    for (let index = 0; index < (options.caseCount ?? 1); index += 1) {
      const home = index % 2 === 0 ? 'CCCC' : 'SCCC';
      caseIds.push((await buildCase(server.db, { board, home, status: 'submitted' })).id);
    }
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const socket of sockets.splice(0)) socket.terminate();
    await server.close();
  });

  const firstCase = () => caseIds[0] as string;

  function track(client: NotesClient): NotesClient {
    clients.push(client);
    return client;
  }

  /** Signs in (a new browser) and opens the notes, waiting for the first sync. */
  async function open(email: string, caseId = firstCase(), connect: ConnectOptions = {}) {
    const browser = await signIn(server, email);
    return track(await openSyncedNotes(browser, caseId, { label: email, ...connect }));
  }

  /** Opens the notes in an already signed-in browser, waiting for the first sync. */
  async function openWith(browser: TestClient, caseId = firstCase(), connect: ConnectOptions = {}) {
    return track(await openSyncedNotes(browser, caseId, connect));
  }

  /** Opens the notes without waiting for a sync (for refusals and session ends). */
  function openUnsynced(browser: TestClient, caseId = firstCase(), connect: ConnectOptions = {}) {
    return track(openNotes(browser, caseId, connect));
  }

  /** Registers a raw socket for clean-up after the test. */
  function trackSocket(socket: RawNotesSocket): RawNotesSocket {
    sockets.push(socket);
    return socket;
  }

  /** Waits until the server holds no document of `caseId` in memory. */
  async function unloaded(caseId = firstCase()): Promise<void> {
    await vi.waitFor(
      () => {
        if (server.app.collab.isLoaded(caseId)) throw new Error(`notes of ${caseId} still loaded`);
      },
      { timeout: NOTES_WAIT_MS, interval: 25 },
    );
  }

  return {
    /** This test's server (set before each test). */
    get server() {
      return server;
    },
    get board() {
      return board;
    },
    /** The consented Berlin case whose notes most tests edit. */
    get caseId() {
      return firstCase();
    },
    /** Every case on the board, the first one first. */
    get caseIds() {
      return caseIds;
    },
    browser: (email: string) => signIn(server, email),
    open,
    openWith,
    openUnsynced,
    track,
    trackSocket,
    unloaded,
  };
}
