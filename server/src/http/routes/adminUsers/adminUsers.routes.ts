import {
  CreateUserInputSchema,
  type ManagedUserList,
  SetOneTimePasswordInputSchema,
  UpdateUserInputSchema,
  UserIdParamsSchema,
} from '@konsil/shared';
import { type Request, Router } from 'express';
import { appendAudit } from '../../../audit/auditLog';
import { hashPassword } from '../../../auth/passwords';
import type { AppContext } from '../../../context';
import { presentManagedUser } from '../../../presenters/user';
import type { Db } from '../../../storage/db';
import { isUniqueViolation } from '../../../storage/dialect';
import {
  findUserByEmail,
  findUserById,
  insertUser,
  listUsersOfInstitution,
  setPasswordHash,
  type UserRecord,
  updateUser,
} from '../../../storage/repositories/users';
import { authorize } from '../../authorize';
import { HttpError } from '../../httpError';
import { authOf, requireUser } from '../../middleware/authenticate';
import { parseInput } from '../../middleware/validate';

/** Admins manage the users of their own institution only. */
export function adminUserRoutes(ctx: AppContext): Router {
  const router = Router();
  router.use(requireUser());

  const authorizeManage = (req: Request, target: { id: string | null; institutionId: string }) =>
    authorize(
      ctx,
      req,
      'users:manage',
      { institutionId: target.institutionId },
      { type: 'user', id: target.id, institutionId: target.institutionId },
    );

  /** Loads the target user; a user of another institution looks like no user at all. */
  async function loadTarget(req: Request): Promise<UserRecord> {
    const { userId } = parseInput(UserIdParamsSchema, req.params);
    const { user: admin } = authOf(req);
    await authorizeManage(req, { id: null, institutionId: admin.institution.id });
    const target = await findUserById(ctx.db, userId);
    if (!target || target.institution.id !== admin.institution.id) {
      throw new HttpError(404, 'not_found');
    }
    return target;
  }

  /** The email check above can race another admin; the unique index settles it. */
  async function createUserOnce(work: (trx: Db) => Promise<string>): Promise<string | null> {
    try {
      return await ctx.db.transaction().execute(work);
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  }

  router.get('/', async (req, res) => {
    const { user } = authOf(req);
    await authorizeManage(req, { id: null, institutionId: user.institution.id });
    const users = await listUsersOfInstitution(ctx.db, user.institution.id);
    const body: ManagedUserList = { users: users.map(presentManagedUser) };
    res.json(body);
  });

  router.post('/', async (req, res) => {
    const { user: admin } = authOf(req);
    await authorizeManage(req, { id: null, institutionId: admin.institution.id });
    const input = parseInput(CreateUserInputSchema, req.body);
    if (await findUserByEmail(ctx.db, input.email)) throw new HttpError(409, 'email_taken');
    const passwordHash = await hashPassword(input.temporaryPassword);
    const now = ctx.clock.now();
    const userId = await createUserOnce(async (trx) => {
      const id = await insertUser(trx, {
        institutionId: admin.institution.id,
        email: input.email,
        name: input.name,
        role: input.role,
        specialty: input.specialty,
        passwordHash,
        mustChangePassword: true,
        at: now,
      });
      await appendAudit(trx, {
        action: 'user.created',
        outcome: 'allowed',
        actor: { userId: admin.id, institutionId: admin.institution.id },
        object: { type: 'user', id, institutionId: admin.institution.id },
        clientAddress: req.ip ?? null,
        details: { role: input.role },
        at: now,
      });
      return id;
    });
    if (!userId) throw new HttpError(409, 'email_taken');
    const created = await findUserById(ctx.db, userId);
    if (!created) throw new HttpError(404, 'not_found');
    res.status(201).json({ user: presentManagedUser(created) });
  });

  router.patch('/:userId', async (req, res) => {
    const target = await loadTarget(req);
    const input = parseInput(UpdateUserInputSchema, req.body);
    const { user: admin } = authOf(req);
    const demotesSelf = input.role !== undefined && input.role !== 'admin';
    if (target.id === admin.id && (input.isActive === false || demotesSelf)) {
      throw new HttpError(409, 'cannot_change_own_account');
    }
    const deactivates = input.isActive === false && target.isActive;
    const now = ctx.clock.now();
    await ctx.db.transaction().execute(async (trx) => {
      await updateUser(trx, target.id, input, now);
      await appendAudit(trx, {
        action: deactivates ? 'user.deactivated' : 'user.updated',
        outcome: 'allowed',
        actor: { userId: admin.id, institutionId: admin.institution.id },
        object: { type: 'user', id: target.id, institutionId: target.institution.id },
        clientAddress: req.ip ?? null,
        details: {
          changed: Object.keys(input).sort().join(','),
          ...(input.role ? { role: input.role } : {}),
        },
        at: now,
      });
    });
    if (deactivates) await ctx.sessions.endAllOfUser(target.id, 'deactivated');
    else if (input.role !== undefined && input.role !== target.role) {
      // Narrowed or widened: every open socket and notes connection of the user asks again.
      ctx.changes.publish({ kind: 'user.access', userId: target.id, reason: 'role_changed' });
    }
    const updated = await findUserById(ctx.db, target.id);
    if (!updated) throw new HttpError(404, 'not_found');
    res.json({ user: presentManagedUser(updated) });
  });

  router.post('/:userId/password', async (req, res) => {
    const target = await loadTarget(req);
    const input = parseInput(SetOneTimePasswordInputSchema, req.body);
    const { user: admin } = authOf(req);
    const passwordHash = await hashPassword(input.temporaryPassword);
    const now = ctx.clock.now();
    await ctx.db.transaction().execute(async (trx) => {
      await setPasswordHash(trx, target.id, passwordHash, true, now);
      await appendAudit(trx, {
        action: 'user.password_reset',
        outcome: 'allowed',
        actor: { userId: admin.id, institutionId: admin.institution.id },
        object: { type: 'user', id: target.id, institutionId: target.institution.id },
        clientAddress: req.ip ?? null,
        at: now,
      });
    });
    // Whoever holds the old password is signed out everywhere (an admin resetting their own
    // keeps the session that did it).
    const keep = target.id === admin.id ? authOf(req).sessionId : undefined;
    await ctx.sessions.endAllOfUser(target.id, 'password_changed', keep);
    const updated = await findUserById(ctx.db, target.id);
    if (!updated) throw new HttpError(404, 'not_found');
    res.json({ user: presentManagedUser(updated) });
  });

  return router;
}
