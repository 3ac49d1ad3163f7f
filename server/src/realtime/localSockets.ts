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
