import { CLOSE_CODES } from '@konsil/shared';
import { NoteDocument, type NoteDocumentDeps, type NotesPeer } from './noteDocument';

interface Entry {
  ready: Promise<NoteDocument>;
  unloading: Promise<void> | null;
  /** It may have missed what other instances published (Redis was down): reload before use. */
  isStale: boolean;
}

/**
 * The documents open in this process. A document is loaded on the first join,
 * and stored and dropped after the last peer leaves; a join that arrives while
 * it is being dropped waits and loads it afresh.
 */
export class NoteDocumentRegistry {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly deps: Omit<NoteDocumentDeps, 'onBroken'>) {}

  /** Loads the document if needed and adds the peer made for it, in one step. */
  async join<P extends NotesPeer>(
    caseId: string,
    createPeer: (document: NoteDocument) => P,
  ): Promise<P> {
    for (;;) {
      let entry = this.entries.get(caseId);
      if (entry?.unloading) {
        await entry.unloading;
        continue;
      }
      if (!entry) entry = this.load(caseId);
      const document = await entry.ready;
      if (entry.unloading || document.isBroken) continue;
      if (entry.isStale) {
        this.retire(document);
        continue;
      }
      const peer = createPeer(document);
      document.fanOut.peers.add(peer);
      return peer;
    }
  }

  leave(document: NoteDocument, peer: NotesPeer): void {
    if (!document.fanOut.peers.delete(peer)) return;
    document.releaseAwareness(peer);
    if (document.fanOut.peers.size === 0) this.unload(document);
  }

  /**
   * The link to the other instances went down: what they publish meanwhile is lost to every
   * document loaded or loading here, so none of them serves anyone again — they are stored,
   * dropped and loaded afresh on the next join.
   */
  markAllStale(): void {
    for (const entry of this.entries.values()) entry.isStale = true;
  }

  loadedDocumentCount(): number {
    return this.entries.size;
  }

  isLoaded(caseId: string): boolean {
    return this.entries.has(caseId);
  }

  /** Closes every peer and stores every document; for shutdown. */
  async closeAll(code: number, reason: string): Promise<void> {
    const documents = await Promise.all(
      [...this.entries.values()].map((entry) => entry.ready.catch(() => null)),
    );
    for (const document of documents) {
      if (!document) continue;
      for (const peer of [...document.fanOut.peers]) {
        peer.close(code, reason);
        this.leave(document, peer);
      }
    }
    await Promise.all([...this.entries.values()].map((entry) => entry.unloading));
  }

  private load(caseId: string): Entry {
    const document = new NoteDocument(caseId, {
      ...this.deps,
      onBroken: (broken) => this.dropBroken(broken),
    });
    const entry: Entry = {
      ready: document.load().then(
        () => document,
        (error: unknown) => {
          if (this.entries.get(caseId) === entry) this.entries.delete(caseId);
          document.destroy();
          throw error;
        },
      ),
      unloading: null,
      isStale: false,
    };
    this.entries.set(caseId, entry);
    return entry;
  }

  private unload(document: NoteDocument): void {
    const entry = this.entries.get(document.caseId);
    if (!entry || entry.unloading) return;
    entry.unloading = (async () => {
      try {
        if (!document.isBroken) await document.settle();
      } catch (error) {
        // The log rows stay; the next load merges them.
        this.deps.logger.warn(
          { caseId: document.caseId, err: { name: (error as Error).name } },
          'storing notes on unload failed',
        );
      } finally {
        document.destroy();
        if (this.entries.get(document.caseId) === entry) this.entries.delete(document.caseId);
      }
    })();
  }

  /** Closes a stale document's peers (they reconnect) and unloads it. */
  private retire(document: NoteDocument): void {
    for (const peer of [...document.fanOut.peers]) {
      peer.close(CLOSE_CODES.unavailable, 'notes_reloading');
      this.leave(document, peer);
    }
    this.unload(document);
  }

  /** Everyone reconnects and resyncs against a fresh load; their edits are still in their browsers. */
  private dropBroken(document: NoteDocument): void {
    const entry = this.entries.get(document.caseId);
    if (entry && !entry.unloading) {
      entry.unloading = Promise.resolve();
      this.entries.delete(document.caseId);
    }
    for (const peer of [...document.fanOut.peers]) {
      peer.close(CLOSE_CODES.unavailable, 'notes_reloading');
      document.fanOut.peers.delete(peer);
    }
    document.destroy();
  }
}
