import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { LIMITS } from '@konsil/shared';
import express from 'express';
import proxyAddr from 'proxy-addr';
import { AuditCheckpoints } from './audit/checkpointService';
import { type AuditSigningKey, resolveAuditSigningKey } from './audit/signingKey';
import { LoginThrottle } from './auth/loginThrottle';
import { createHospitalSignIn } from './auth/oidc/hospitalSignIn';
import { SessionService } from './auth/sessions';
import { type ChangeStream, InProcessChangeStream } from './changes/changeStream';
import { RedisChangeStream } from './changes/redisChangeStream';
import type { Clock } from './clock';
import type { RedisLink } from './cluster/redisLink';
import { attachCollab, type CollabService } from './collab/collabServer';
import type { Config } from './config';
import type { AppContext } from './context';
import { authenticate } from './http/middleware/authenticate';
import { answerClientError } from './http/middleware/clientError';
import { errorHandler, notFoundHandler } from './http/middleware/errorHandler';
import { jsonBody } from './http/middleware/jsonBody';
import { createOriginPolicy, originCheck } from './http/middleware/originCheck';
import { RequestRateLimiter, rateLimit } from './http/middleware/rateLimit';
import { requestLogger } from './http/middleware/requestLogger';
import { securityHeaders } from './http/middleware/securityHeaders';
import { adminUserRoutes } from './http/routes/adminUsers/adminUsers.routes';
import { analyticsRoutes } from './http/routes/analytics/analytics.routes';
import { auditRoutes } from './http/routes/audit/audit.routes';
import { auditCheckpointRoutes } from './http/routes/audit/auditCheckpoints.routes';
import { authRoutes } from './http/routes/auth/auth.routes';
import { isBackchannelLogoutRequest, oidcRoutes } from './http/routes/auth/oidc.routes';
import { agendaRoutes } from './http/routes/boards/agenda.routes';
import { boardFhirExportRoutes } from './http/routes/boards/boardFhirExport.routes';
import { boardRoutes } from './http/routes/boards/boards.routes';
import { calendarRoutes } from './http/routes/boards/calendar.routes';
import { carryOverRoutes } from './http/routes/cases/carryOver.routes';
import { caseRoutes } from './http/routes/cases/cases.routes';
import { fhirExportRoutes } from './http/routes/cases/fhirExport.routes';
import { fhirImportRoutes, isFhirImportRequest } from './http/routes/cases/fhirImport.routes';
import { boardCertificateRoutes } from './http/routes/certificates/boardCertificates.routes';
import { certificateRoutes } from './http/routes/certificates/certificates.routes';
import { decisionRoutes } from './http/routes/decisions/decisions.routes';
import { healthRoutes } from './http/routes/health/health.routes';
import { institutionRoutes } from './http/routes/institutions/institutions.routes';
import { letterRoutes } from './http/routes/letters/letter.routes';
import { minutesRoutes } from './http/routes/minutes/minutes.routes';
import { searchRoutes } from './http/routes/search/search.routes';
import { staticClient } from './http/staticClient';
import type { Logger } from './logger';
import { createRealtime } from './realtime/io';
import type { KonsilIo } from './realtime/rooms';
import type { Db } from './storage/db';

export interface AppDeps {
  config: Config;
  db: Db;
  clock: Clock;
  logger: Logger;
  /** The change stream; in-process unless a shared one is given. */
  changes?: ChangeStream;
  /** Set when this process is one instance of a cluster: changes, Socket.IO and notes cross it. */
  cluster?: RedisLink;
  /** The audit checkpoint key, when the caller read it already (index.ts, to refuse to start early). */
  auditSigningKey?: AuditSigningKey;
}

export interface KonsilApp {
  server: http.Server;
  io: KonsilIo;
  context: AppContext;
  /** The collaborative-notes endpoint (documents in memory, for tests and operations). */
  collab: Pick<CollabService, 'loadedDocumentCount' | 'isLoaded'>;
  /** Stops accepting, lets in-flight requests finish, closes sockets. Does not close the db. */
  close(): Promise<void>;
}

const SHUTDOWN_GRACE_MS = 10_000;

/** The only place that wires storage, http, realtime and collaborative notes together. */
export function createApp(deps: AppDeps): KonsilApp {
  const { config, db, clock, logger } = deps;
  const server = http.createServer();
  const boundPort = () => (server.address() as AddressInfo | null)?.port ?? config.port;
  const cluster = deps.cluster ?? null;
  const changes =
    deps.changes ??
    (cluster
      ? new RedisChangeStream(cluster, `${config.redisKeyPrefix}changes`, logger)
      : new InProcessChangeStream(logger));
  // Same trust rule for websocket upgrades as Express applies to req.ip.
  const trustProxy = proxyAddr.compile(config.trustProxy);
  const auditCheckpoints = new AuditCheckpoints(
    db,
    deps.auditSigningKey ?? resolveAuditSigningKey(config, logger),
    clock,
    logger,
  );
  auditCheckpoints.start(config.auditCheckpointIntervalMinutes);
  const context: AppContext = {
    config,
    db,
    clock,
    logger,
    changes,
    cluster,
    sessions: new SessionService(db, clock, changes),
    loginThrottle: new LoginThrottle(db, clock),
    isAllowedOrigin: createOriginPolicy(config, boundPort),
    requestLimiter: new RequestRateLimiter(config.apiRateLimitPerMinute, 60_000, clock),
    clientAddressOf: (req) => proxyAddr(req, trustProxy),
    auditCheckpoints,
  };
  let isShuttingDown = false;

  const app = express();
  app.disable('x-powered-by');
  if (config.trustProxy.length > 0) app.set('trust proxy', config.trustProxy);
  app.use(requestLogger(logger));
  app.use(securityHeaders({ https: (config.publicUrl ?? '').startsWith('https:') }));
  app.use(healthRoutes(context, () => isShuttingDown));

  const api = express.Router();
  api.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  api.use(rateLimit(context.requestLimiter));
  // A provider's logout token is a server-to-server form post: no Origin, no JSON.
  const checkOrigin = originCheck(context.isAllowedOrigin);
  api.use((req, res, next) =>
    isBackchannelLogoutRequest(req) ? next() : checkOrigin(req, res, next),
  );
  const parseJson = jsonBody(LIMITS.jsonBodyBytes);
  api.use((req, res, next) =>
    isFhirImportRequest(req) || isBackchannelLogoutRequest(req)
      ? next()
      : parseJson(req, res, next),
  );
  api.use(authenticate(context.sessions));
  const hospitalSignIn = createHospitalSignIn(config.oidc);
  api.use('/auth/oidc', oidcRoutes(context, hospitalSignIn));
  api.use('/auth', authRoutes(context, hospitalSignIn));
  api.use('/admin/users', adminUserRoutes(context));
  api.use('/analytics', analyticsRoutes(context));
  api.use('/audit/checkpoints', auditCheckpointRoutes(context));
  api.use('/audit', auditRoutes(context));
  api.use('/boards', boardRoutes(context));
  api.use('/boards', agendaRoutes(context));
  api.use('/boards', calendarRoutes(context));
  api.use('/boards', minutesRoutes(context));
  api.use('/boards/:boardId/cases/fhir', fhirImportRoutes(context));
  api.use('/boards/:boardId/cases', caseRoutes(context));
  api.use('/boards/:boardId/cases', decisionRoutes(context));
  api.use('/boards/:boardId/cases', letterRoutes(context));
  api.use('/boards/:boardId/cases', fhirExportRoutes(context));
  api.use('/boards', boardFhirExportRoutes(context));
  api.use('/boards', carryOverRoutes(context));
  api.use('/boards', boardCertificateRoutes(context));
  api.use('/certificates', certificateRoutes(context));
  api.use(institutionRoutes(context));
  api.use(searchRoutes(context));
  api.use(notFoundHandler());
  app.use('/api', api);
  app.use(staticClient(config.clientDist));
  app.use(notFoundHandler());
  app.use(errorHandler(logger));

  server.on('request', app);
  server.on('clientError', answerClientError);
  server.requestTimeout = 30_000;
  const realtime = createRealtime(server, context);
  const collab = attachCollab(server, context);

  return {
    server,
    io: realtime.io,
    context,
    collab,
    async close() {
      isShuttingDown = true;
      realtime.stop();
      // Notes still in memory are stored before the database goes away.
      await collab.stop();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await new Promise<void>((resolve) => realtime.io.close(() => resolve()));
      server.closeIdleConnections();
      const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
      force.unref();
      await closed;
      clearTimeout(force);
      if (changes instanceof RedisChangeStream) changes.close();
      // After the last request, so the final checkpoint covers everything this process wrote.
      await auditCheckpoints.stop({ finalCheckpoint: true });
    },
  };
}
