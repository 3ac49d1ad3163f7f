import fs from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';
import { HttpError } from './httpError';
import { notFoundHandler } from './middleware/errorHandler';

const NOT_CLIENT_PATHS = ['/api/', '/socket.io', '/collab'];

/**
 * What a request path names once decoded, or null if it cannot be decoded.
 * A path whose segments climb (`..`), or that carries a NUL or a backslash,
 * names no client route, so it gets a 404 rather than the app.
 */
function clientRouteOf(rawPath: string): { ok: true; isRoute: boolean } | { ok: false } {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { ok: false };
  }
  const isRoute =
    !NOT_CLIENT_PATHS.some((prefix) => decoded.startsWith(prefix)) &&
    !decoded.includes('\0') &&
    !decoded.includes('\\') &&
    !decoded.split('/').includes('..');
  return { ok: true, isRoute };
}

/**
 * Serves the built client. Hashed assets are immutable; every other GET that
 * is not an API path gets index.html so client-side routes survive a reload.
 * `send` refuses traversal (403), undecodable paths (400) and missing files
 * (404) on its own; under /assets each of those is a plain JSON 404, never a
 * 500, and nothing outside the client's folder is ever read.
 */
export function staticClient(clientDist: string): Router {
  const router = express.Router();
  const indexFile = path.join(clientDist, 'index.html');
  router.use(
    '/assets',
    express.static(path.join(clientDist, 'assets'), { immutable: true, maxAge: '1y' }),
    notFoundHandler(),
  );
  router.use(express.static(clientDist, { index: false, maxAge: '1h' }));
  // A plain middleware, not a `/{*splat}` route: the router would percent-decode the splat and throw.
  router.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const route = clientRouteOf(req.path);
    if (!route.ok) return next(new HttpError(400, 'malformed_url'));
    if (!route.isRoute) return next();
    if (!fs.existsSync(indexFile)) {
      res.status(503).type('text/plain').send('The client is not built. Run `npm start`.');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  });
  return router;
}
