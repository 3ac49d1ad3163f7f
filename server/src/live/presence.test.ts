import { randomUUID } from 'node:crypto';
import type { PresenceEntry } from '@konsil/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type PresenceChange, PresenceRegistry } from './presence';

const GRACE_MS = 15_000;
const BOARD = randomUUID();
const OTHER_BOARD = randomUUID();

const CHARITE = { id: randomUUID(), code: 'CCCC', name: 'Charité Comprehensive Cancer Center' };
const SAMSUNG = { id: randomUUID(), code: 'SCCC', name: 'Samsung Comprehensive Cancer Center' };

const weber: Omit<PresenceEntry, 'status'> = {
  userId: randomUUID(),
  name: 'Dr. Jonas Weber',
  role: 'clinician',
  specialty: 'medical_oncology',
  institution: CHARITE,
};
const kim: Omit<PresenceEntry, 'status'> = {
  userId: randomUUID(),
  name: 'Dr. Kim Min-jun',
  role: 'clinician',
  specialty: 'medical_oncology',
  institution: SAMSUNG,
};

let expired: { boardId: string; change: PresenceChange }[];
let registry: PresenceRegistry;

beforeEach(() => {
  vi.useFakeTimers();
  expired = [];
  registry = new PresenceRegistry(GRACE_MS, (boardId, change) => expired.push({ boardId, change }));
});

afterEach(() => {
  registry.stop();
  vi.useRealTimers();
});

describe('joining', () => {
  it('adds each participant once, online, and bumps the version per change', async () => {
    expect(await registry.join(BOARD, weber, 'tab-weber')).toEqual({
      kind: 'joined',
      version: 1,
      entry: { ...weber, status: 'online' },
    });
    expect(await registry.join(BOARD, kim, 'tab-kim')).toMatchObject({
      kind: 'joined',
      version: 2,
    });
    expect(await registry.list(BOARD)).toEqual({
      boardId: BOARD,
      version: 2,
      entries: [
        { ...weber, status: 'online' },
        { ...kim, status: 'online' },
      ],
    });
  });

  it('counts a second tab of the same person as the same entry, without a change', async () => {
    await registry.join(BOARD, weber, 'tab-1');
    expect(await registry.join(BOARD, weber, 'tab-2')).toBeNull();
    expect(await registry.list(BOARD)).toMatchObject({
      version: 1,
      entries: [{ userId: weber.userId }],
    });
  });

  it('keeps boards apart, each with its own version', async () => {
    await registry.join(BOARD, weber, 'tab-weber');
    await registry.join(BOARD, kim, 'tab-kim');
    expect(await registry.join(OTHER_BOARD, kim, 'tab-kim')).toMatchObject({ version: 1 });
    expect(registry.isPresent(OTHER_BOARD, weber.userId)).toBe(false);
    expect((await registry.list(OTHER_BOARD)).entries.map((entry) => entry.userId)).toEqual([
      kim.userId,
    ]);
  });

  it('lists an unknown board as empty at version 0', async () => {
    expect(await registry.list(randomUUID())).toMatchObject({ version: 0, entries: [] });
  });
});

describe('leaving', () => {
  it('removes a participant at once when their last tab leaves', async () => {
    await registry.join(BOARD, weber, 'tab-1');
    await registry.join(BOARD, weber, 'tab-2');
    expect(await registry.leave(BOARD, weber.userId, 'tab-1')).toBeNull();
    expect(registry.isPresent(BOARD, weber.userId)).toBe(true);
    expect(await registry.leave(BOARD, weber.userId, 'tab-2')).toEqual({
      kind: 'left',
      version: 2,
      userId: weber.userId,
    });
    expect(await registry.list(BOARD)).toMatchObject({ version: 2, entries: [] });
  });

  it('ignores someone who is not there', async () => {
    await registry.join(BOARD, weber, 'tab-weber');
    expect(await registry.leave(BOARD, kim.userId, 'tab-kim')).toBeNull();
    expect(await registry.leave(OTHER_BOARD, weber.userId, 'tab-weber')).toBeNull();
    expect(await registry.disconnect(BOARD, kim.userId, 'tab-kim')).toBeNull();
    expect((await registry.list(BOARD)).version).toBe(1);
  });
});

describe('a dropped connection', () => {
  it('shows the participant as reconnecting, then gone when the grace period runs out', async () => {
    await registry.join(BOARD, weber, 'tab-weber');
    await registry.join(BOARD, kim, 'tab-kim');
    expect(await registry.disconnect(BOARD, kim.userId, 'tab-kim')).toEqual({
      kind: 'changed',
      version: 3,
      entry: { ...kim, status: 'reconnecting' },
    });
    expect(registry.isPresent(BOARD, kim.userId)).toBe(true);

    vi.advanceTimersByTime(GRACE_MS - 1);
    expect(expired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(expired).toEqual([
      { boardId: BOARD, change: { kind: 'left', version: 4, userId: kim.userId } },
    ]);
    expect(registry.isPresent(BOARD, kim.userId)).toBe(false);
    expect(await registry.list(BOARD)).toMatchObject({
      version: 4,
      entries: [{ userId: weber.userId }],
    });
  });

  it('is forgiven by a rejoin within the grace period', async () => {
    await registry.join(BOARD, kim, 'tab-kim');
    await registry.disconnect(BOARD, kim.userId, 'tab-kim');
    vi.advanceTimersByTime(GRACE_MS - 1_000);
    expect(await registry.join(BOARD, kim, 'tab-kim-again')).toEqual({
      kind: 'changed',
      version: 3,
      entry: { ...kim, status: 'online' },
    });
    vi.advanceTimersByTime(GRACE_MS * 2);
    expect(expired).toEqual([]);
    expect(await registry.list(BOARD)).toMatchObject({
      version: 3,
      entries: [{ status: 'online' }],
    });
  });

  it('changes nothing while another tab of the same person stays connected', async () => {
    await registry.join(BOARD, weber, 'tab-1');
    await registry.join(BOARD, weber, 'tab-2');
    expect(await registry.disconnect(BOARD, weber.userId, 'tab-1')).toBeNull();
    vi.advanceTimersByTime(GRACE_MS * 2);
    expect(expired).toEqual([]);
    expect(await registry.list(BOARD)).toMatchObject({
      version: 1,
      entries: [{ status: 'online' }],
    });
  });

  it('starts one grace period, not one per tab, when every tab drops', async () => {
    await registry.join(BOARD, weber, 'tab-1');
    await registry.join(BOARD, weber, 'tab-2');
    expect(await registry.disconnect(BOARD, weber.userId, 'tab-1')).toBeNull();
    expect(await registry.disconnect(BOARD, weber.userId, 'tab-2')).toMatchObject({
      kind: 'changed',
      version: 2,
    });
    vi.advanceTimersByTime(GRACE_MS);
    expect(expired).toHaveLength(1);
    expect((await registry.list(BOARD)).version).toBe(3);
  });

  it('runs a fresh grace period after a second drop', async () => {
    await registry.join(BOARD, kim, 'tab-1');
    await registry.disconnect(BOARD, kim.userId, 'tab-1');
    vi.advanceTimersByTime(10_000);
    await registry.join(BOARD, kim, 'tab-2');
    await registry.disconnect(BOARD, kim.userId, 'tab-2');
    // The first period would have ended here; the second has 10 s to go.
    vi.advanceTimersByTime(GRACE_MS - 10_000);
    expect(expired).toEqual([]);
    vi.advanceTimersByTime(10_000);
    expect(expired).toEqual([
      { boardId: BOARD, change: { kind: 'left', version: 5, userId: kim.userId } },
    ]);
  });

  it('ends at once on an explicit leave while reconnecting (no later expiry)', async () => {
    await registry.join(BOARD, kim, 'tab-kim');
    await registry.disconnect(BOARD, kim.userId, 'tab-kim');
    expect(await registry.leave(BOARD, kim.userId, 'tab-kim')).toEqual({
      kind: 'left',
      version: 3,
      userId: kim.userId,
    });
    vi.advanceTimersByTime(GRACE_MS * 2);
    expect(expired).toEqual([]);
  });

  it('expires nobody after a shutdown cleared the registry', async () => {
    await registry.join(BOARD, kim, 'tab-kim');
    await registry.disconnect(BOARD, kim.userId, 'tab-kim');
    registry.stop();
    vi.advanceTimersByTime(GRACE_MS * 2);
    expect(expired).toEqual([]);
    expect(await registry.list(BOARD)).toMatchObject({ version: 0, entries: [] });
  });
});
