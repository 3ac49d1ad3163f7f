import { afterEach, beforeEach } from 'vitest';
import type { DialectName } from '../../storage/dialect';
import { buildCase } from '../../test/factories';
import {
  type CommandName,
  connectAs,
  type JoinedClient,
  joinAs,
  type LiveClient,
  type PayloadOf,
} from '../../test/liveClient';
import type { TestServer } from '../../test/testServer';
import { COORDINATOR_BERLIN, startWithJointBoard } from './liveBoardFixture';

export type AnyCommand = { [E in CommandName]: { event: E; payload: PayloadOf<E> } }[CommandName];

/** Every command of the protocol except join, aimed at `boardId`. */
export function everyCommand(
  boardId: string,
  ids: { caseId: string; userId: string },
): AnyCommand[] {
  return [
    { event: 'board:start', payload: { boardId } },
    { event: 'board:end', payload: { boardId } },
    { event: 'session:setCase', payload: { boardId, caseId: ids.caseId } },
    { event: 'session:setCoChair', payload: { boardId, userId: ids.userId, isCoChair: true } },
    { event: 'timer:start', payload: { boardId } },
    { event: 'timer:pause', payload: { boardId } },
    { event: 'timer:extend', payload: { boardId, minutes: 5 } },
    { event: 'hand:raise', payload: { boardId } },
    { event: 'hand:lower', payload: { boardId } },
    { event: 'hand:lower', payload: { boardId, userId: ids.userId } },
    { event: 'hand:callOn', payload: { boardId, userId: ids.userId } },
    { event: 'presence:sync', payload: { boardId } },
  ];
}

/** What each command did for `client`, keyed so a failure shows every command at once. */
export async function outcomes(client: LiveClient, commands: AnyCommand[]) {
  const result: Record<string, string> = {};
  for (const [index, command] of commands.entries()) {
    result[`${index} ${command.event}`] = await client.outcome(command.event, command.payload);
  }
  return result;
}

export const allAre = (commands: AnyCommand[], outcome: string) =>
  Object.fromEntries(commands.map((command, index) => [`${index} ${command.event}`, outcome]));

/**
 * A fresh server per test with the Joint Thoracic Tumor Board (Berlin hosts,
 * Seoul takes part) and one ready case from each institution. Every client
 * connected through it is closed after the test.
 */
export function useAccessBoard(dialect: DialectName) {
  let server: TestServer;
  let board: { id: string; title: string };
  let berlinCase: { id: string };
  let seoulCase: { id: string };
  const clients: LiveClient[] = [];

  beforeEach(async () => {
    ({ server, board } = await startWithJointBoard(dialect));
    berlinCase = await buildCase(server.db, { board, home: 'CCCC', status: 'ready' });
    seoulCase = await buildCase(server.db, { board, home: 'SCCC', status: 'ready' });
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.close();
    await server.close();
  });

  const track = <C extends LiveClient>(client: C): C => {
    clients.push(client);
    return client;
  };
  const join = async (email: string): Promise<JoinedClient> =>
    track(await joinAs(server, email, board.id));
  const connectOnly = async (email: string) => track(await connectAs(server, email));

  /** The board live on the Berlin case, run by the Berlin coordinator. */
  async function liveBoard() {
    const coordinator = await join(COORDINATOR_BERLIN);
    await coordinator.ok('board:start', { boardId: board.id, confirmEarly: true });
    return coordinator;
  }

  return {
    /** This test's server (set before each test). */
    get server() {
      return server;
    },
    /** This test's board (set before each test). */
    get board() {
      return board;
    },
    /** A ready Berlin case on the board, with consent. */
    get berlinCase() {
      return berlinCase;
    },
    /** A ready Seoul case on the board. */
    get seoulCase() {
      return seoulCase;
    },
    join,
    connectOnly,
    liveBoard,
  };
}
