/**
 * The collaborative-notes websocket at /collab/<caseId>, on the app's http
 * server. Every connection is upgraded, then admitted or closed with a code
 * from shared/ before a single byte of the document is sent: browsers cannot
 * read an HTTP status of a refused upgrade, but they do see a close code.
 */
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { CLOSE_CODES, COLLAB_PATH, IdSchema, LIMITS } from '@konsil/shared';
import { type WebSocket, WebSocketServer } from 'ws';
import { auditRefusal } from '../audit/refusals';
import { resolveConnectionSession, startExpirySweep } from '../auth/connectionSession';
import type { AppContext } from '../context';
import { actorOf } from '../policies/actor';
import type { UserRecord } from '../storage/repositories/users';
import { NoteDocumentRegistry } from './documentRegistry';
import { decideNotesAccess } from './notesAccess';
import { auditNotes } from './notesAudit';
import { type EarlyMessage, type NotesAccess, NotesConnection } from './notesConnection';
import { subscribeNotesLiveTruth } from './notesLiveTruth';
import { databaseNotesStore } from './notesStore';
import { redisNotesCluster } from './redisNotesCluster';

export interface CollabService {
  loadedDocumentCount(): number;
  isLoaded(caseId: string): boolean;
  /** Closes every connection (4503) and stores every open document. */
  stop(): Promise<void>;
}

const HEARTBEAT_MS = 30_000;
// Messages held while a connection is admitted; a client that floods before it is answered is cut off.
const MAX_EARLY_MESSAGES = 64;
const SOCKET_IO_PATH = '/socket.io/';

type Admission =
  | { ok: true; user: UserRecord; sessionId: string; caseId: string }
  | { ok: false; code: number; reason: string };

export function attachCollab(server: http.Server, ctx: AppContext): CollabService {
  const registry = new NoteDocumentRegistry({
    store: databaseNotesStore(ctx.db),
    clock: ctx.clock,
    logger: ctx.logger,
    cluster: ctx.cluster
      ? redisNotesCluster(ctx.cluster, ctx.config.redisKeyPrefix, ctx.logger)
      : null,
  });
  // Larger than our own limit, so an oversized message gets our clear 4413 rather than ws's 1009.
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: 2 * LIMITS.collab.maxMessageBytes,
  });
  const connections = new Set<NotesConnection>();
  let stopping = false;
  const isClusterUp = () => ctx.cluster?.isUp ?? true;

  const onUpgrade = (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (path.startsWith(SOCKET_IO_PATH)) return;
    if (!path.startsWith(`${COLLAB_PATH}/`)) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      void admit(ws, req, path.slice(COLLAB_PATH.length + 1)).catch((error: unknown) => {
        ctx.logger.error({ err: { name: (error as Error).name } }, 'notes connection failed');
        ws.close(CLOSE_CODES.unavailable, 'internal_error');
      });
    });
  };
  server.on('upgrade', onUpgrade);

  async function admit(ws: WebSocket, req: http.IncomingMessage, rawCaseId: string) {
    const early: EarlyMessage[] = [];
    const hold = (data: EarlyMessage['data'], isBinary: boolean) => {
      early.push({ data, isBinary });
      if (early.length > MAX_EARLY_MESSAGES) ws.close(CLOSE_CODES.rateLimited, 'rate_limited');
    };
    ws.on('message', hold);
    ws.on('error', () => ws.terminate());
    const clientAddress = ctx.clientAddressOf(req);

    const admission = await checkAdmission(req, rawCaseId, clientAddress);
    if (!admission.ok) {
      ws.close(admission.code, admission.reason);
      return;
    }
    if (stopping) {
      ws.close(CLOSE_CODES.shuttingDown, 'shutting_down');
      return;
    }
    if (!isClusterUp()) {
      ws.close(CLOSE_CODES.unavailable, 'cluster_unavailable');
      return;
    }
    const decision = await decideNotesAccess(ctx.db, admission.user, admission.caseId);
    if (!decision.ok) {
      // Audited when the case exists; the answer is the same either way.
      if (decision.homeInstitutionId) {
        await auditRefusal(ctx, {
          actor: actorOf(admission.user),
          attempted: 'notes:read',
          object: {
            type: 'case',
            id: admission.caseId,
            institutionId: decision.homeInstitutionId,
          },
          clientAddress,
        });
      }
      ws.close(CLOSE_CODES.notFound, 'not_found');
      return;
    }
    const access: NotesAccess = {
      user: admission.user,
      sessionId: admission.sessionId,
      caseId: admission.caseId,
      boardId: decision.boardId,
      homeInstitutionId: decision.homeInstitutionId,
      grant: decision.access,
      clientAddress,
    };
    await auditNotes(ctx, access, 'notes.opened', { mode: access.grant.mode });
    if (ws.readyState !== ws.OPEN) return;

    const connection = await registry.join(
      access.caseId,
      (document) =>
        new NotesConnection(ws, access, document, ctx, (closed) => {
          connections.delete(closed);
          registry.leave(document, closed);
        }),
    );
    connections.add(connection);
    ws.off('message', hold);
    if (ws.readyState !== ws.OPEN) {
      connection.close(CLOSE_CODES.unavailable, 'closed_while_loading');
      return;
    }
    if (!isClusterUp()) {
      connection.close(CLOSE_CODES.unavailable, 'cluster_unavailable');
      return;
    }
    connection.start(early);
  }

  async function checkAdmission(
    req: http.IncomingMessage,
    rawCaseId: string,
    clientAddress: string,
  ): Promise<Admission> {
    if (!ctx.isAllowedOrigin(req.headers.origin)) {
      return { ok: false, code: CLOSE_CODES.originNotAllowed, reason: 'origin_not_allowed' };
    }
    if (!ctx.requestLimiter.take(`collab:${clientAddress}`).allowed) {
      return { ok: false, code: CLOSE_CODES.rateLimited, reason: 'rate_limited' };
    }
    const resolution = await resolveConnectionSession(ctx.sessions, req.headers.cookie);
    if (!resolution.ok) {
      return { ok: false, code: CLOSE_CODES.unauthenticated, reason: 'unauthenticated' };
    }
    const caseId = IdSchema.safeParse(rawCaseId);
    if (!caseId.success) return { ok: false, code: CLOSE_CODES.notFound, reason: 'not_found' };
    return {
      ok: true,
      user: resolution.user,
      sessionId: resolution.sessionId,
      caseId: caseId.data,
    };
  }

  /**
   * Without Redis this instance would miss the updates other instances publish: its
   * connections are closed with 4500 (y-websocket retries; unsent edits stay in the browser and
   * are sent again on reconnect) and new ones refused until the link is back.
   */
  const stopWatchingCluster = ctx.cluster?.onHealth((isUp) => {
    if (isUp) return;
    registry.markAllStale();
    for (const connection of [...connections]) {
      connection.close(CLOSE_CODES.unavailable, 'cluster_unavailable');
    }
  });

  const unsubscribeChanges = subscribeNotesLiveTruth(ctx, connections);
  const stopSweep = startExpirySweep(
    ctx,
    () =>
      [...connections].map((connection) => ({
        sessionId: connection.access.sessionId,
        endForExpiry: () => connection.close(CLOSE_CODES.unauthenticated, 'session_expired'),
      })),
    'notes',
  );
  const heartbeat = setInterval(() => {
    for (const connection of connections) connection.checkAlive();
  }, HEARTBEAT_MS);
  heartbeat.unref();

  return {
    loadedDocumentCount: () => registry.loadedDocumentCount(),
    isLoaded: (caseId) => registry.isLoaded(caseId),
    async stop() {
      stopping = true;
      stopSweep();
      clearInterval(heartbeat);
      unsubscribeChanges();
      stopWatchingCluster?.();
      server.off('upgrade', onUpgrade);
      await registry.closeAll(CLOSE_CODES.shuttingDown, 'shutting_down');
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}
