/**
 * What REST changes the live board must hear about: an agenda that changed
 * (clients refetch it) and access that may have shrunk (uninvited
 * participants, withdrawn consent) — checked again for every socket at once —
 * and a case decision that changed (its readers refetch it).
 */
export type BoardEvent =
  | { type: 'agendaChanged'; boardId: string }
  | { type: 'accessChanged'; boardId: string }
  | { type: 'decisionChanged'; boardId: string; caseId: string };

export class BoardEventsHub {
  private readonly listeners = new Set<(event: BoardEvent) => void>();

  subscribe(listener: (event: BoardEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(event: BoardEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
