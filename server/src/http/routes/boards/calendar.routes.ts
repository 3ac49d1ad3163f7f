import { Router } from 'express';
import { appendAudit } from '../../../audit/auditLog';
import { buildIcs } from '../../../calendar/ics';
import type { AppContext } from '../../../context';
import { authOf, requireUser } from '../../middleware/authenticate';
import { publicOrigin } from '../../publicOrigin';
import { loadVisibleBoard } from './loadBoard';

/** GET /api/boards/:boardId/calendar.ics — an RFC 5545 event for calendar programs. */
export function calendarRoutes(ctx: AppContext): Router {
  const router = Router();
  router.use(requireUser());

  router.get('/:boardId/calendar.ics', async (req, res) => {
    const board = await loadVisibleBoard(ctx, req);
    const { user } = authOf(req);
    // The port this connection reached is the server's own; the Host header is the client's word.
    const origin = publicOrigin(ctx.config, req.socket.localPort ?? ctx.config.port);
    const boardUrl = new URL(`/boards/${board.id}`, origin).toString();
    const description = [
      board.videoUrl ? `Video: ${board.videoUrl}` : null,
      `Konsil: ${boardUrl}`,
      board.institutions.map((institution) => institution.name).join(' · '),
    ]
      .filter(Boolean)
      .join('\n');
    const ics = buildIcs({
      uid: `${board.id}@konsil`,
      startsAt: new Date(board.startsAt),
      durationMinutes: board.durationMinutes,
      summary: board.title,
      description,
      url: boardUrl,
      location: board.videoUrl,
      stampedAt: ctx.clock.now(),
    });
    await ctx.db.transaction().execute((trx) =>
      appendAudit(trx, {
        action: 'board.calendar_exported',
        outcome: 'allowed',
        actor: { userId: user.id, institutionId: user.institution.id },
        object: { type: 'board', id: board.id, institutionId: board.hostInstitutionId },
        clientAddress: req.ip ?? null,
        at: ctx.clock.now(),
      }),
    );
    res
      .type('text/calendar; charset=utf-8')
      .attachment(`konsil-board-${board.startsAt.slice(0, 10)}.ics`)
      .send(ics);
  });

  return router;
}
