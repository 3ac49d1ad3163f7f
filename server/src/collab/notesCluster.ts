/**
 * How a document held by this instance hears the other instances that hold it, and is heard
 * by them. Every holder applies every update (no owner instance): an update is stored by the
 * instance that accepted it, then published; the others apply it as already stored and forward
 * it to their own connections. Awareness travels the same way.
 */

/** What a document does with what other instances publish. */
export interface ClusterReceiver {
  /** An update another instance stored (as the log rows `updateIds`). */
  update(update: Uint8Array, updateIds: readonly number[]): void;
  /** Awareness states of another instance's connections. */
  awareness(update: Uint8Array): void;
  /** A newly loaded holder asks for everyone's carets. */
  awarenessQuery(): void;
}

/** One document's line to the other instances; `leave` when the document unloads. */
export interface NotesClusterChannel {
  /** Resolves once everything published from now on will be received (or rejects). */
  readonly ready: Promise<void>;
  publishUpdate(update: Uint8Array, updateIds: readonly number[]): void;
  publishAwareness(update: Uint8Array): void;
  queryAwareness(): void;
  leave(): void;
}

export interface NotesCluster {
  join(caseId: string, receiver: ClusterReceiver): NotesClusterChannel;
}
