import { NOTES_FRAGMENT } from '@konsil/shared';
import * as prng from 'lib0/prng';
import { addParagraph, type NotesClient, paragraphTexts } from './collabClient';

/**
 * Seeded, reproducible editing of the notes as a person would do it: words
 * typed anywhere in a paragraph, characters deleted, paragraphs added and
 * (rarely) removed — all inside the 'default' XmlFragment, one Yjs
 * transaction (one update message) per edit.
 */
export class RandomTypist {
  private readonly random: prng.PRNG;
  private words = 0;

  constructor(
    readonly client: NotesClient,
    seed: number,
    /** Prefix of every word typed, so the text shows who typed what. */
    readonly tag: string,
  ) {
    this.random = prng.create(seed);
  }

  /** Makes one edit and returns what it was (for failure messages). */
  edit(): string {
    const doc = this.client.doc;
    const fragment = doc.getXmlFragment(NOTES_FRAGMENT);
    const texts = paragraphTexts(doc);
    const roll = prng.real53(this.random);
    if (texts.length === 0 || roll < 0.08) {
      const at = prng.uint32(this.random, 0, fragment.length);
      addParagraph(doc, this.nextWord(), at);
      return `paragraph at ${at}`;
    }
    if (roll < 0.1 && fragment.length > 2) {
      const at = prng.uint32(this.random, 0, fragment.length - 1);
      fragment.delete(at, 1);
      return `removed paragraph ${at}`;
    }
    const text = prng.oneOf(this.random, texts);
    if (roll < 0.4 && text.length > 0) {
      const at = prng.uint32(this.random, 0, text.length - 1);
      const length = Math.min(prng.uint32(this.random, 1, 4), text.length - at);
      text.delete(at, length);
      return `deleted ${length} at ${at}`;
    }
    const at = prng.uint32(this.random, 0, text.length);
    text.insert(at, this.nextWord());
    return `typed at ${at}`;
  }

  /** A short pause, drawn from the same seed: lets other clients' edits interleave. */
  pauseMs(maxMs: number): number {
    return prng.uint32(this.random, 0, maxMs);
  }

  private nextWord(): string {
    this.words += 1;
    return `${this.tag}${this.words} `;
  }
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Makes `edits` random edits with short random pauses between them. Pauses
 * only pace the typing (and stay under the per-connection message rate);
 * nothing is asserted on timing.
 */
export async function typeRandomly(typist: RandomTypist, edits: number, maxPauseMs = 8) {
  for (let index = 0; index < edits; index += 1) {
    typist.edit();
    await pause(typist.pauseMs(maxPauseMs));
  }
}

/**
 * Appends tokens `${tag}${n};` (n = 1, 2, …) to one paragraph of its own every
 * `everyMs` until stopped. Tokens are never split or deleted, so every edit
 * can be found again in any copy of the document.
 */
export class TokenTypist {
  private count = 0;
  private stopped = false;
  readonly done: Promise<void>;

  constructor(
    readonly client: NotesClient,
    readonly tag: string,
    everyMs: number,
  ) {
    const text = addParagraph(client.doc, '');
    this.done = (async () => {
      while (!this.stopped) {
        this.count += 1;
        text.insert(text.length, `${tag}${this.count};`);
        await pause(everyMs);
      }
    })();
  }

  get typed(): number {
    return this.count;
  }

  stop(): Promise<void> {
    this.stopped = true;
    return this.done;
  }
}

/** Every `${tag}${n};` token in a text, grouped by tag. */
export function tokensIn(text: string): Map<string, Set<number>> {
  const found = new Map<string, Set<number>>();
  for (const match of text.matchAll(/([a-z]+)(\d+);/g)) {
    const [, tag = '', number = ''] = match;
    const numbers = found.get(tag) ?? new Set<number>();
    numbers.add(Number(number));
    found.set(tag, numbers);
  }
  return found;
}
