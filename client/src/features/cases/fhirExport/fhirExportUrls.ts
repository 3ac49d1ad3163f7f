/** The FHIR R4 export of one case; with the record number only where the reader may have it. */
export function caseFhirUrl(boardId: string, caseId: string, identified = false): string {
  const base = `/api/boards/${encodeURIComponent(boardId)}/cases/${encodeURIComponent(caseId)}/fhir`;
  return identified ? `${base}?identified=true` : base;
}

/** The FHIR R4 export of every case of a board the reader may see, with the signed minutes. */
export function boardFhirUrl(boardId: string): string {
  return `/api/boards/${encodeURIComponent(boardId)}/fhir`;
}

/** A file name that says what it is and carries no identifier: the pseudonym at most. */
export function fhirFileName(label: string, identified = false): string {
  const safe = label.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'konsil';
  return `${safe}${identified ? '-identified' : ''}.fhir.json`;
}
