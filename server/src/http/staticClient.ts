import fs from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';

/**
 * Serves the built client. Hashed assets are immutable; every other GET that
 * is not an API path gets index.html so client-side routes survive a reload.
 */
export function staticClient(clientDist: string): Router {
  const router = express.Router();
  const indexFile = path.join(clientDist, 'index.html');
  router.use(
    '/assets',
    express.static(path.join(clientDist, 'assets'), {
      immutable: true,
      maxAge: '1y',
      fallthrough: false,
    }),
  );
  router.use(express.static(clientDist, { index: false, maxAge: '1h' }));
  router.get('/{*splat}', (req, res, next) => {
    if (
      req.path.startsWith('/api/') ||
      req.path.startsWith('/socket.io') ||
      req.path.startsWith('/collab')
    ) {
      return next();
    }
    if (!fs.existsSync(indexFile)) {
      res.status(503).type('text/plain').send('The client is not built. Run `npm start`.');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  });
  return router;
}
