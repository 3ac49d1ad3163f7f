import { createHash } from 'node:crypto';
import { MINUTES_FORMAT, type MinutesContent } from '@konsil/shared';
import { canonicalJson } from './canonicalJson';

export interface SignedFacts {
  version: number;
  signedBy: { id: string; name: string; institutionCode: string };
  signedAt: string;
  amendmentReason: string | null;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The hash of a draft: what the coordinator reviewed, sent back when they sign. */
export function draftHashOf(content: MinutesContent): string {
  return sha256(canonicalJson({ format: MINUTES_FORMAT, content }));
}

/**
 * The content hash of a signed version binds the text to its version, signer,
 * time and amendment reason: anyone holding the JSON can recompute it.
 */
export function signedHashOf(content: MinutesContent, facts: SignedFacts): string {
  return sha256(canonicalJson({ format: MINUTES_FORMAT, content, ...facts }));
}
