import { asArray, asString, isRecord, type NoteReason, type PathNote } from './fhirValues';

/** Largest request body the FHIR import accepts. */
export const FHIR_BUNDLE_MAX_BYTES = 5 * 1024 * 1024;
/** More entries than this cannot belong to one case. */
export const FHIR_BUNDLE_MAX_ENTRIES = 1000;

const ACCEPTED_BUNDLE_TYPES = ['collection', 'document', 'transaction', 'batch', 'searchset'];

function refusal(path: string, why: NoteReason): { problem: PathNote } {
  return { problem: { path, ...why } };
}

function unsupportedVersion(version: string): NoteReason {
  return {
    code: 'fhir_version_unsupported',
    params: { version },
    reason: `FHIR version ${version} is not supported; send R4 (4.0.1)`,
  };
}

function parseInput(input: unknown): { bundle: unknown } | { problem: PathNote } {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) return { bundle: input };
  const bytes = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (bytes > FHIR_BUNDLE_MAX_BYTES)
    return {
      problem: {
        path: 'Bundle',
        code: 'body_too_large',
        params: { maxMegabytes: FHIR_BUNDLE_MAX_BYTES / 1024 / 1024 },
        reason: `Body larger than ${FHIR_BUNDLE_MAX_BYTES / 1024 / 1024} MB`,
      },
    };
  try {
    return {
      bundle: JSON.parse(typeof input === 'string' ? input : new TextDecoder().decode(input)),
    };
  } catch {
    return { problem: { path: '', code: 'body_not_json', reason: 'Body is not JSON' } };
  }
}

function isR4(version: string): boolean {
  return /^4\.0(\.|$)/.test(version);
}

/**
 * The bundle's entries, once the body is JSON of acceptable size and the bundle an R4 Bundle of a
 * type that can hold a case; otherwise the one problem that refuses it as a whole.
 */
export function readEnvelope(
  input: unknown,
  fhirVersion: string | undefined,
): { entries: unknown[] } | { problem: PathNote } {
  const parsed = parseInput(input);
  if ('problem' in parsed) return parsed;
  const { bundle } = parsed;
  if (!isRecord(bundle) || bundle.resourceType !== 'Bundle')
    return refusal('Bundle', {
      code: 'not_a_bundle',
      reason: 'Not a FHIR Bundle (resourceType must be "Bundle")',
    });
  if (fhirVersion && !isR4(fhirVersion)) return refusal('Bundle', unsupportedVersion(fhirVersion));
  const declared = asString(bundle.fhirVersion);
  if (declared && !isR4(declared))
    return refusal('Bundle.fhirVersion', unsupportedVersion(declared));
  const type = asString(bundle.type);
  if (type && !ACCEPTED_BUNDLE_TYPES.includes(type))
    return refusal('Bundle.type', {
      code: 'bundle_type_unsupported',
      params: { bundleType: type },
      reason: `Bundle type ${type} cannot be imported as a case`,
    });
  if (bundle.entry !== undefined && !Array.isArray(bundle.entry))
    return refusal('Bundle.entry', {
      code: 'entry_not_a_list',
      reason: 'Bundle.entry must be a list',
    });
  const entries = asArray(bundle.entry);
  if (entries.length > FHIR_BUNDLE_MAX_ENTRIES)
    return refusal('Bundle.entry', {
      code: 'too_many_entries',
      params: { max: FHIR_BUNDLE_MAX_ENTRIES },
      reason: `More than ${FHIR_BUNDLE_MAX_ENTRIES} entries cannot belong to one case`,
    });
  return { entries };
}
