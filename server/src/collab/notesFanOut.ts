/** A connection as the document sees it. */
export interface NotesPeer {
  readonly userId: string;
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
}

/**
 * How a document's stored updates and awareness changes reach the people who have it open.
 * The document decides what to send and when (only after storing); the fan-out decides to
 * whom. This one knows the peers connected to this process; another process's peers are
 * reached by a fan-out that also publishes, without the document changing.
 */
export class NotesFanOut {
  readonly peers = new Set<NotesPeer>();

  /** To every peer but `except` (the author of an update, who has it already). */
  send(message: Uint8Array, except: NotesPeer | null): void {
    for (const peer of this.peers) {
      if (peer !== except) peer.send(message);
    }
  }

  get size(): number {
    return this.peers.size;
  }
}
