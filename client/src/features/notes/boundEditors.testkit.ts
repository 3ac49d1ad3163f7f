import { NOTES_FRAGMENT } from '@konsil/shared';
import { getSchema } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import {
  EditorState,
  type Plugin,
  type PluginView,
  TextSelection,
  type Transaction,
} from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { StarterKit } from '@tiptap/starter-kit';
import { ySyncPlugin, yUndoPlugin } from '@tiptap/y-tiptap';
import * as Y from 'yjs';

/**
 * The notes schema as the editor builds it (useNotesEditor's StarterKit settings; the
 * Collaboration extension adds no nodes).
 */
export const notesSchema = getSchema([
  StarterKit.configure({ undoRedo: false, heading: { levels: [2, 3] }, trailingNode: false }),
]);

/**
 * The part of ProseMirror's EditorView that the Yjs binding's plugin views use: the state,
 * dispatch (which runs every plugin view's update after the state changes, as the real view
 * does) and focus. No DOM: y-tiptap's binding never looks at ProseMirror's steps, it diffs the
 * document after each transaction against the Yjs fragment, so what it writes to Yjs depends
 * only on the documents — the same here as in a browser.
 */
class HeadlessView {
  state: EditorState;
  private readonly pluginViews: PluginView[] = [];

  constructor(state: EditorState) {
    this.state = state;
    for (const plugin of state.plugins as readonly Plugin[]) {
      const view = plugin.spec.view?.(this as unknown as EditorView);
      if (view) this.pluginViews.push(view);
    }
  }

  dispatch(tr: Transaction): void {
    const previous = this.state;
    this.state = previous.apply(tr);
    for (const view of this.pluginViews) view.update?.(this as unknown as EditorView, previous);
  }

  hasFocus(): boolean {
    return false;
  }

  destroy(): void {
    for (const view of this.pluginViews) view.destroy?.();
  }
}

type Command = (state: EditorState, dispatch: (tr: Transaction) => void) => boolean;

/**
 * One person's notes editor: a Y.Doc with a ProseMirror state bound to its notes fragment by
 * TipTap's Yjs binding (@tiptap/y-tiptap's sync and undo plugins, as the Collaboration
 * extension installs them). Its Yjs updates go to the other editors while online and wait in
 * `outbox` while offline.
 */
export class BoundEditor {
  readonly doc = new Y.Doc();
  readonly view: HeadlessView;
  readonly outbox: Uint8Array[] = [];
  private peers: BoundEditor[] = [];
  private isOnline = true;

  constructor(clientId: number) {
    // Fixed client ids make the order of concurrent inserts (Yjs sorts them by client) repeatable.
    this.doc.clientID = clientId;
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'remote') return;
      if (this.isOnline) for (const peer of this.peers) peer.receive(update);
      else this.outbox.push(update);
    });
    const plugins = [ySyncPlugin(this.doc.getXmlFragment(NOTES_FRAGMENT)), yUndoPlugin()];
    this.view = new HeadlessView(EditorState.create({ schema: notesSchema, plugins }));
  }

  static connected(clientIds: readonly number[]): BoundEditor[] {
    const editors = clientIds.map((id) => new BoundEditor(id));
    for (const editor of editors) editor.peers = editors.filter((other) => other !== editor);
    return editors;
  }

  /** An update from a peer; lost while offline (reconnecting exchanges whole states). */
  receive(update: Uint8Array): void {
    if (this.isOnline) Y.applyUpdate(this.doc, update, 'remote');
  }

  goOffline(): void {
    this.isOnline = false;
  }

  /**
   * Back online: what was written offline goes out, and what the others wrote meanwhile comes
   * in — y-websocket's sync step on reconnect, in the order it sends them.
   */
  reconnect(): void {
    this.isOnline = true;
    for (const update of this.outbox.splice(0)) for (const peer of this.peers) peer.receive(update);
    for (const peer of this.peers) this.receive(Y.encodeStateAsUpdate(peer.doc));
  }

  get pmDoc(): PmNode {
    return this.view.state.doc;
  }

  /** The text of every paragraph and heading, in document order (list items included). */
  paragraphs(): string[] {
    const texts: string[] = [];
    this.pmDoc.descendants((node) => {
      if (!node.isTextblock) return true;
      texts.push(node.textContent);
      return false;
    });
    return texts;
  }

  /** Puts the cursor just before the first occurrence of `text` in a textblock. */
  placeCursorBefore(text: string): void {
    let found: number | null = null;
    this.pmDoc.descendants((node, pos) => {
      if (found !== null) return false;
      if (!node.isTextblock) return true;
      const offset = node.textContent.indexOf(text);
      // Inline content starts one position after the block's opening token.
      if (offset >= 0) found = pos + 1 + offset;
      return false;
    });
    if (found === null) throw new Error(`"${text}" is not in the notes`);
    const { state } = this.view;
    this.view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, found)));
  }

  /** Runs a ProseMirror command the way a key binding does; fails the test if it did nothing. */
  run(command: Command): void {
    if (!command(this.view.state, (tr) => this.view.dispatch(tr))) {
      throw new Error('the command did not apply here');
    }
  }

  insertText(text: string): void {
    this.view.dispatch(this.view.state.tr.insertText(text));
  }

  destroy(): void {
    this.view.destroy();
    this.doc.destroy();
  }
}
