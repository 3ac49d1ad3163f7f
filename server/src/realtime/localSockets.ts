import type { KonsilIo, KonsilSocket } from './rooms';

/**
 * The sockets of this process in a room. Every process hears every change and acts on its own
 * sockets only, so a change is handled once per socket however many processes there are.
 */
export function localSocketsIn(io: KonsilIo, room: string): KonsilSocket[] {
  const namespace = io.of('/');
  const ids = namespace.adapter.rooms.get(room);
  if (!ids) return [];
  return [...ids].flatMap((id) => {
    const socket = namespace.sockets.get(id);
    return socket ? [socket] : [];
  });
}

/** Runs work per key one after another (per board), so what a socket hears keeps its order. */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<void>>();

  run(key: string, work: () => Promise<void>): Promise<void> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(work, work);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }
}
