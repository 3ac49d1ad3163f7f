import { LuaScript } from '../cluster/luaScript';

/**
 * Where a cluster keeps presence in Redis, per board:
 * - `presence:<board>:version` — the board's presence version, one INCR per change;
 * - `presence:<board>:entries` — user id → `<version it joined at>|<identity JSON>`;
 * - `presence:<board>:grace` — user id → `<incarnation>|<grace id>` while they reconnect;
 * - `presence:<board>:sockets:<user>` — socket id → the incarnation holding that socket;
 * and per instance incarnation, `presence:holds:<incarnation>` — the `<board>|<user>` pairs it
 * holds a socket or a grace for, which is what the reaper walks when it has died.
 * Emptied hashes and sets vanish by themselves; only the small version counters stay.
 */
export function presenceKeys(prefix: string) {
  const board = (boardId: string) => `${prefix}presence:${boardId}`;
  return {
    version: (boardId: string) => `${board(boardId)}:version`,
    entries: (boardId: string) => `${board(boardId)}:entries`,
    grace: (boardId: string) => `${board(boardId)}:grace`,
    sockets: (boardId: string, userId: string) => `${board(boardId)}:sockets:${userId}`,
    holds: (incarnation: string) => `${prefix}presence:holds:${incarnation}`,
  };
}

/** A pair in a holds set; ids are UUIDs, so the bar cannot occur in either. */
export const holdsMember = (boardId: string, userId: string) => `${boardId}|${userId}`;

// Every script answers {'none'}, {'lost'} (the incarnation's lease lapsed: nothing was written),
// {'joined' | 'changed', version, stored entry} or {'left', version}.

/** Drops the pair from the incarnation's holds once it holds neither a socket nor the grace. */
const RELEASE_IF_IDLE = `
local function releaseIfIdle(socketsKey, graceKey, holdsKey, userId, incarnation, member)
  for _, holder in ipairs(redis.call('HVALS', socketsKey)) do
    if holder == incarnation then return end
  end
  local grace = redis.call('HGET', graceKey, userId)
  if grace and string.sub(grace, 1, #incarnation + 1) == incarnation .. '|' then return end
  redis.call('SREM', holdsKey, member)
end
`;

/**
 * KEYS version, entries, grace, sockets, holds, alive
 * ARGV userId, socketId, incarnation, member, identity JSON
 */
export const joinScript = new LuaScript(
  'presence join',
  `
if redis.call('EXISTS', KEYS[6]) == 0 then return {'lost'} end
redis.call('HSET', KEYS[4], ARGV[2], ARGV[3])
redis.call('SADD', KEYS[5], ARGV[4])
local stored = redis.call('HGET', KEYS[2], ARGV[1])
if not stored then
  local version = redis.call('INCR', KEYS[1])
  stored = version .. '|' .. ARGV[5]
  redis.call('HSET', KEYS[2], ARGV[1], stored)
  return {'joined', version, stored}
end
if redis.call('HDEL', KEYS[3], ARGV[1]) == 0 then return {'none'} end
return {'changed', redis.call('INCR', KEYS[1]), stored}
`,
);

/**
 * KEYS version, entries, grace, sockets, holds
 * ARGV userId, socketId, incarnation, member
 */
export const leaveScript = new LuaScript(
  'presence leave',
  `${RELEASE_IF_IDLE}
redis.call('HDEL', KEYS[4], ARGV[2])
local outcome = {'none'}
if redis.call('HLEN', KEYS[4]) == 0 and redis.call('HDEL', KEYS[2], ARGV[1]) == 1 then
  redis.call('HDEL', KEYS[3], ARGV[1])
  outcome = {'left', redis.call('INCR', KEYS[1])}
end
releaseIfIdle(KEYS[4], KEYS[3], KEYS[5], ARGV[1], ARGV[3], ARGV[4])
return outcome
`,
);

/**
 * A socket dropped: the last one starts a grace that this incarnation owns.
 * KEYS version, entries, grace, sockets, holds, alive
 * ARGV userId, socketId, incarnation, member, grace id
 */
export const disconnectScript = new LuaScript(
  'presence disconnect',
  `${RELEASE_IF_IDLE}
if redis.call('EXISTS', KEYS[6]) == 0 then return {'lost'} end
redis.call('HDEL', KEYS[4], ARGV[2])
local stored = redis.call('HGET', KEYS[2], ARGV[1])
local outcome = {'none'}
if stored and redis.call('HLEN', KEYS[4]) == 0 and redis.call('HEXISTS', KEYS[3], ARGV[1]) == 0 then
  redis.call('HSET', KEYS[3], ARGV[1], ARGV[3] .. '|' .. ARGV[5])
  redis.call('SADD', KEYS[5], ARGV[4])
  outcome = {'changed', redis.call('INCR', KEYS[1]), stored}
end
releaseIfIdle(KEYS[4], KEYS[3], KEYS[5], ARGV[1], ARGV[3], ARGV[4])
return outcome
`,
);

/**
 * A grace ran out on the incarnation that owns it. A rejoin anywhere cleared the grace (and a
 * later drop set another id), so only the grace this timer was started for can end here.
 * KEYS version, entries, grace, sockets, holds
 * ARGV userId, incarnation, member, grace value (`<incarnation>|<grace id>`)
 */
export const expireScript = new LuaScript(
  'presence grace expiry',
  `${RELEASE_IF_IDLE}
local outcome = {'none'}
if redis.call('HGET', KEYS[3], ARGV[1]) == ARGV[4] then
  redis.call('HDEL', KEYS[3], ARGV[1])
  if redis.call('HLEN', KEYS[4]) == 0 and redis.call('HDEL', KEYS[2], ARGV[1]) == 1 then
    outcome = {'left', redis.call('INCR', KEYS[1])}
  end
end
releaseIfIdle(KEYS[4], KEYS[3], KEYS[5], ARGV[1], ARGV[2], ARGV[3])
return outcome
`,
);

/**
 * A dead incarnation's hold on one participant: its sockets and its grace go; the participant
 * leaves unless a live incarnation still holds a socket of theirs or runs their grace.
 * KEYS version, entries, grace, sockets
 * ARGV userId, dead incarnation
 */
export const reapScript = new LuaScript(
  'presence reap',
  `
local sockets = redis.call('HGETALL', KEYS[4])
for i = 1, #sockets, 2 do
  if sockets[i + 1] == ARGV[2] then redis.call('HDEL', KEYS[4], sockets[i]) end
end
local grace = redis.call('HGET', KEYS[3], ARGV[1])
local isDeadGrace = grace and string.sub(grace, 1, #ARGV[2] + 1) == ARGV[2] .. '|'
if isDeadGrace then redis.call('HDEL', KEYS[3], ARGV[1]) end
local stored = redis.call('HGET', KEYS[2], ARGV[1])
if not stored then return {'none'} end
if redis.call('HLEN', KEYS[4]) > 0 then
  -- Held elsewhere; had they been reconnecting they are online again.
  if isDeadGrace then return {'changed', redis.call('INCR', KEYS[1]), stored} end
  return {'none'}
end
if grace and not isDeadGrace then return {'none'} end
redis.call('HDEL', KEYS[2], ARGV[1])
return {'left', redis.call('INCR', KEYS[1])}
`,
);

/**
 * The whole list, read at one version.
 * KEYS version, entries, grace
 */
export const listScript = new LuaScript(
  'presence list',
  `
return {redis.call('GET', KEYS[1]) or '0', redis.call('HGETALL', KEYS[2]), redis.call('HGETALL', KEYS[3])}
`,
);
