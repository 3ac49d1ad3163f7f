import { describe, expect, it } from 'vitest';
import { boardFhirUrl, caseFhirUrl, fhirFileName } from './fhirExportUrls';

describe('FHIR export addresses', () => {
  it('asks for the record number only when told to', () => {
    expect(caseFhirUrl('b1', 'c1')).toBe('/api/boards/b1/cases/c1/fhir');
    expect(caseFhirUrl('b1', 'c1', true)).toBe('/api/boards/b1/cases/c1/fhir?identified=true');
    expect(boardFhirUrl('b1')).toBe('/api/boards/b1/fhir');
  });

  it('names the file after the pseudonym, marked when it carries the record number', () => {
    expect(fhirFileName('CCCC-TEFJQ')).toBe('CCCC-TEFJQ.fhir.json');
    expect(fhirFileName('CCCC-TEFJQ', true)).toBe('CCCC-TEFJQ-identified.fhir.json');
    expect(fhirFileName('Joint Thoracic Tumor Board · 2026-12-10')).toBe(
      'Joint-Thoracic-Tumor-Board-2026-12-10.fhir.json',
    );
    expect(fhirFileName('환자')).toBe('konsil.fhir.json');
  });
});
