import http from 'node:http';
import net from 'node:net';
import type { Instance, InstancePool } from './instancePool';

const CONNECT_TIMEOUT_MS = 2_000;

export interface InstanceConnection {
  instance: Instance;
  /** Hand this to the proxy: its one request goes over the connection already open. */
  agent: http.Agent;
  /** Closes the connection when the client left before it could be used. */
  abandon(): void;
}

/**
 * Opens a TCP connection to the first instance that takes one, in the pool's order for this
 * client. This is how failover works before anything is sent: an instance that refuses (killed,
 * not yet listening) is taken out at once and the next one is tried, so neither a request body
 * nor a websocket handshake is ever half-sent to a dead instance. The proxying itself stays with
 * http-proxy-3; only the choice of target is ours.
 */
export async function connectToInstance(
  pool: InstancePool,
  stickyName: string | undefined,
): Promise<InstanceConnection | null> {
  for (const instance of pool.candidates(stickyName)) {
    const socket = await openConnection(instance);
    if (socket) {
      return { instance, agent: new OneConnectionAgent(socket), abandon: () => socket.destroy() };
    }
    pool.setHealth(instance, false);
  }
  return null;
}

function openConnection(instance: Instance): Promise<net.Socket | null> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: instance.host, port: instance.port });
    const giveUp = () => {
      socket.destroy();
      resolve(null);
    };
    socket.setTimeout(CONNECT_TIMEOUT_MS, giveUp);
    socket.once('error', giveUp);
    socket.once('connect', () => {
      socket.setTimeout(0);
      socket.off('error', giveUp);
      // Until the proxy's request adopts the socket (same tick), an error must not go unheard;
      // afterwards the request reports errors itself and this listener only keeps us alive.
      socket.on('error', () => undefined);
      resolve(socket);
    });
  });
}

/**
 * An agent whose one connection is already open. Without keep-alive the agent closes it after
 * the response, so each request gets a fresh connection, as http-proxy-3 does by default.
 */
class OneConnectionAgent extends http.Agent {
  constructor(private readonly socket: net.Socket) {
    super({ keepAlive: false });
  }

  override createConnection(): net.Socket {
    return this.socket;
  }
}
