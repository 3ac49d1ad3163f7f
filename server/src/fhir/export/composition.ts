import type { MinutesCase } from '@konsil/shared';
import type { SignedMinutesRecord } from '../../storage/repositories/minutes';
import {
  type FhirResource,
  KONSIL,
  KONSIL_EXTENSION,
  referenceTo,
  stableUuid,
} from './konsilSystems';

const escapeXhtml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

/** The signed text of one case, as the section's narrative (plain text, line breaks kept). */
function caseNarrative(signed: MinutesCase): string {
  const rows: [string, string | null][] = [
    ['Diagnosis', signed.diagnosis],
    ['Stage', signed.stage],
    ['Question', signed.question || null],
    ['Recommendation', signed.recommendation?.decisionText || null],
    ['Outcome', signed.statusReason ? `${signed.status}: ${signed.statusReason}` : signed.status],
    [
      'Positions',
      `agree ${signed.tally.agree}, disagree ${signed.tally.disagree}, abstain ${signed.tally.abstain}`,
    ],
    ['Notes', signed.notes || null],
  ];
  const paragraphs = rows
    .filter((row): row is [string, string] => row[1] !== null)
    .map(
      ([label, value]) =>
        `<p><b>${label}:</b> ${value.split('\n').map(escapeXhtml).join('<br/>')}</p>`,
    );
  return `<div xmlns="http://www.w3.org/1999/xhtml">${paragraphs.join('')}</div>`;
}

export interface CompositionInput {
  /** The latest signed version, and the one it amends (if any). */
  latest: SignedMinutesRecord;
  previous: SignedMinutesRecord | null;
  /** The cases of this bundle, by case id: only they get a section. */
  entries: Map<string, FhirResource[]>;
}

/**
 * Signed minutes as a Composition identified by their content hash (`sha256:<hex>`): one section
 * per case of this bundle with the signed text and references to the case's review and plan.
 * Cases not in the bundle (the reader may not see them) get no section; the hash still names
 * the whole signed document, which anyone allowed to read it can verify. Null when none of the
 * bundle's cases is in the minutes.
 */
export function compositionOf({
  latest,
  previous,
  entries,
}: CompositionInput): FhirResource | null {
  const section = latest.content.cases
    .filter((signed) => entries.has(signed.caseId))
    .map((signed) => ({
      title: `${signed.pseudonym} (${signed.homeInstitutionCode})`,
      text: { status: 'generated', div: caseNarrative(signed) },
      entry: (entries.get(signed.caseId) ?? []).map(referenceTo),
    }));
  if (section.length === 0) return null;
  const { board } = latest.content;
  const signer = `${latest.signedBy.name} (${latest.signedBy.institutionCode})`;
  const period = {
    ...(board.startedAt ? { start: board.startedAt } : {}),
    ...(board.endedAt ? { end: board.endedAt } : {}),
  };
  return {
    resourceType: 'Composition',
    id: stableUuid(latest.boardId, 'minutes', String(latest.version)),
    extension: [{ url: KONSIL_EXTENSION.minutesVersion, valuePositiveInt: latest.version }],
    identifier: { system: KONSIL.minutesHash, value: `sha256:${latest.contentHash}` },
    // An amendment is a new signed version; FHIR calls that "amended".
    status: latest.version > 1 ? 'amended' : 'final',
    type: {
      coding: [{ system: KONSIL.boardItem, code: 'minutes' }],
      text: 'Tumor board minutes',
    },
    date: latest.signedAt,
    author: [{ display: signer }],
    title: `Minutes: ${board.title}`,
    attester: [{ mode: 'legal', time: latest.signedAt, party: { display: signer } }],
    ...(previous
      ? {
          relatesTo: [
            {
              code: 'replaces',
              targetIdentifier: {
                system: KONSIL.minutesHash,
                value: `sha256:${previous.contentHash}`,
              },
            },
          ],
        }
      : {}),
    ...(Object.keys(period).length > 0 ? { event: [{ period }] } : {}),
    section,
  };
}
