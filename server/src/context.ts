import type { IncomingMessage } from 'node:http';
import type { AuditCheckpoints } from './audit/checkpointService';
import type { LoginThrottle } from './auth/loginThrottle';
import type { SessionService } from './auth/sessions';
import type { ChangeStream } from './changes/changeStream';
import type { Clock } from './clock';
import type { RedisLink } from './cluster/redisLink';
import type { Config } from './config';
import type { OriginPolicy } from './http/middleware/originCheck';
import type { RequestRateLimiter } from './http/middleware/rateLimit';
import type { Logger } from './logger';
import type { Db } from './storage/db';

/** Everything a handler may use, built once in createApp and passed down explicitly. */
export interface AppContext {
  config: Config;
  db: Db;
  clock: Clock;
  logger: Logger;
  sessions: SessionService;
  loginThrottle: LoginThrottle;
  /** Domain changes, published after commit; live connections re-check on them. */
  changes: ChangeStream;
  /** The link to the other instances of a cluster (REDIS_URL); null for a single process. */
  cluster: RedisLink | null;
  isAllowedOrigin: OriginPolicy;
  requestLimiter: RequestRateLimiter;
  /** Signed checkpoints of the audit chain (the key stays inside). */
  auditCheckpoints: AuditCheckpoints;
  /** The client's address for requests that bypass Express (websocket upgrades), honouring TRUST_PROXY. */
  clientAddressOf: (req: IncomingMessage) => string;
}
