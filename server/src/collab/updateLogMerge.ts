/**
 * Turns a document's stored update log into one Yjs update that loads fast.
 *
 * Typing stores one update per keystroke (or per event-loop turn), so a cold
 * open of a long log would decode and integrate thousands of one-character
 * items one by one. In Yjs a text item of length n means exactly n items in
 * which each character's left origin is the one before it, all with the same
 * right origin (that is how Yjs splits items, and how it merges them again
 * after a transaction). So a run of one client's string items, each placed
 * right after the previous one, is written here as a single item; everything
 * else (other content, delete sets, other clients) is carried over unchanged.
 *
 * Only list items may be joined: a map entry whose left origin is the previous
 * value of the same key replaces that value, so joining them would change the
 * document. An item whose list-ness cannot be established is kept as it is.
 * A log this cannot express (a client's clocks not continuing one after the
 * other) gives null, and the caller applies the rows one by one instead.
 */
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { readTypedText, type TypedText } from './typedUpdate';

type Struct = Y.Item | Y.GC;
type DeleteSet = ReturnType<typeof Y.decodeUpdate>['ds'];

/** Origin hops followed to tell whether an item is in a list; past this it is not joined. */
const MAX_ORIGIN_HOPS = 64;

export function mergeUpdateLog(doc: Y.Doc, updates: readonly Uint8Array[]): Uint8Array | null {
  const structsByClient = new Map<number, Struct[]>();
  const deleteSets: DeleteSet[] = [];
  const listItems = new WeakMap<Y.Item, boolean>();

  const findLogStruct = (id: Y.ID): Struct | null => {
    const structs = structsByClient.get(id.client);
    if (!structs) return null;
    let low = 0;
    let high = structs.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const struct = structs[middle] as Struct;
      if (id.clock < struct.id.clock) high = middle - 1;
      else if (id.clock >= struct.id.clock + struct.length) low = middle + 1;
      else return struct;
    }
    return null;
  };

  const isListItem = (item: Y.Item): boolean => {
    const chain: Y.Item[] = [];
    let current: Y.Item = item;
    let verdict: boolean | undefined;
    for (let hops = 0; verdict === undefined; hops += 1) {
      const known = listItems.get(current);
      if (known !== undefined) {
        verdict = known;
        break;
      }
      chain.push(current);
      const neighbour = current.origin ?? current.rightOrigin;
      // Without origins the decoded item names its parent and key itself.
      if (neighbour === null) verdict = current.parentSub === null;
      else if (hops >= MAX_ORIGIN_HOPS) verdict = false;
      else {
        const inLog = findLogStruct(neighbour);
        if (inLog instanceof Y.Item) current = inLog;
        else if (inLog) verdict = false;
        else verdict = isIntegratedListItem(doc, neighbour);
      }
    }
    for (const visited of chain) listItems.set(visited, verdict);
    return verdict;
  };

  /** Adds the next struct of its client, joined to the previous one where it continues its text. */
  const add = (struct: Struct): boolean => {
    let clientStructs = structsByClient.get(struct.id.client);
    if (!clientStructs) {
      clientStructs = [];
      structsByClient.set(struct.id.client, clientStructs);
    }
    const last = clientStructs[clientStructs.length - 1];
    if (last && last.id.clock + last.length !== struct.id.clock) return false;
    if (
      last instanceof Y.Item &&
      struct instanceof Y.Item &&
      continuesStringRun(last, struct) &&
      isListItem(last)
    ) {
      last.content.mergeWith(struct.content);
      last.length += struct.length;
    } else {
      clientStructs.push(struct);
    }
    return true;
  };

  for (const update of updates) {
    const typed = readTypedText(update);
    if (typed) {
      if (!add(typedItem(typed))) return null;
      continue;
    }
    const { structs, ds } = Y.decodeUpdate(update);
    if (ds.clients.size > 0) deleteSets.push(ds);
    for (const struct of structs) {
      if (struct instanceof Y.Skip || !add(struct)) return null;
    }
  }
  return encodeUpdate(structsByClient, Y.mergeDeleteSets(deleteSets));
}

/** The item Yjs's decoder would have made of the update (parent and key follow from the origin). */
function typedItem(typed: TypedText): Y.Item {
  const content = new Y.ContentString(typed.text);
  return new Y.Item(typed.id, null, typed.origin, null, typed.rightOrigin, null, null, content);
}

/** `next` is text typed by the same client right after `last`, before the same neighbour. */
function continuesStringRun(last: Y.Item, next: Y.Item): boolean {
  return (
    last.content instanceof Y.ContentString &&
    next.content instanceof Y.ContentString &&
    next.origin !== null &&
    Y.compareIDs(next.origin, last.lastId) &&
    Y.compareIDs(next.rightOrigin, last.rightOrigin)
  );
}

/** Whether the document already holds `id` as part of an item in a list (not a map entry). */
function isIntegratedListItem(doc: Y.Doc, id: Y.ID): boolean {
  const structs = doc.store.clients.get(id.client);
  if (!structs || Y.getState(doc.store, id.client) <= id.clock) return false;
  const struct = structs[Y.findIndexSS(structs, id.clock)];
  return struct instanceof Y.Item && struct.parent !== null && struct.parentSub === null;
}

/** Writes structs and deletions in Yjs's update format (v1), higher client ids first as Yjs does. */
export function encodeUpdate(
  structsByClient: ReadonlyMap<number, readonly Struct[]>,
  deleteSet: DeleteSet,
): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  const clients = [...structsByClient.entries()].filter(([, structs]) => structs.length > 0);
  encoding.writeVarUint(encoder.restEncoder, clients.length);
  for (const [client, structs] of clients.sort((a, b) => b[0] - a[0])) {
    encoding.writeVarUint(encoder.restEncoder, structs.length);
    encoder.writeClient(client);
    encoding.writeVarUint(encoder.restEncoder, (structs[0] as Struct).id.clock);
    for (const struct of structs) struct.write(encoder, 0);
  }
  const deletions = [...deleteSet.clients.entries()].sort((a, b) => b[0] - a[0]);
  encoding.writeVarUint(encoder.restEncoder, deletions.length);
  for (const [client, ranges] of deletions) {
    encoder.resetDsCurVal();
    encoding.writeVarUint(encoder.restEncoder, client);
    encoding.writeVarUint(encoder.restEncoder, ranges.length);
    for (const range of ranges) {
      encoder.writeDsClock(range.clock);
      encoder.writeDsLen(range.len);
    }
  }
  return encoder.toUint8Array();
}
