import { readFileSync } from 'node:fs';
import type { MapBundleResult } from './importBundle';

/** The sample bundle and small readers of mapping results, for the mapper's tests. */
const SAMPLE_TEXT = readFileSync(
  new URL('./samples/lung-cancer-berlin.bundle.json', import.meta.url),
  'utf8',
);
export type Resource = Record<string, unknown>;
export type Json = Record<string, unknown> & { entry: { resource: Resource }[] };

export function sampleText(): string {
  return SAMPLE_TEXT;
}

export function sample(): Json {
  return JSON.parse(SAMPLE_TEXT) as Json;
}

export function resourceOf(bundle: Json, type: string, id?: string): Resource {
  const found = bundle.entry.find(
    (entry) =>
      entry.resource.resourceType === type && (id === undefined || entry.resource.id === id),
  );
  if (!found) throw new Error(`sample has no ${type}`);
  return found.resource;
}

export function mapped(result: MapBundleResult) {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
  return result;
}

export function refused(result: MapBundleResult) {
  if (result.ok) throw new Error('mapped although it should be refused');
  return result.problems;
}
