import {
  type CaseContent,
  QLQ_C30_SCALES,
  type QlqC30ScaleId,
  TNM_PREFIXES,
  type TnmEdition,
  type TnmPrefix,
} from '@konsil/shared';
import type { DemoNoteBlock } from './demoNotes';
import type { DemoInstitutionCode } from './demoUsers';

/** A case as the demo describes it; the presenter is named by email and resolved when seeding. */
export interface DemoCase {
  institution: Exclude<DemoInstitutionCode, 'VCCC'>;
  presenter: string;
  /** `ready` and `decided` only for complete cases: the seed refuses anything else. */
  status: 'submitted' | 'ready' | 'decided';
  allottedMinutes: number;
  content: Omit<CaseContent, 'presenterId'>;
  /** Pre-discussion already in the case's notes (never an identifier from home). */
  notes?: DemoNoteBlock[];
}

/**
 * The calendar date `days` (≥ 1) before the seeding moment, in the home
 * institution's zone, so no clinical date is ever in the future there.
 */
export type DaysAgo = (days: number) => string;

type ClinicalReference = CaseContent['references'][number];
type PromScore = CaseContent['proms'][number];

type Staging = CaseContent['staging'];
type TnmValue = { prefix: TnmPrefix; category: string };

const TNM_TOKEN = /^(yp|c|p)([TNM].*)$/;

/**
 * Staging written the way clinicians write it: `staged('9', 'cT2a cN2a cM0', 'IIIA', 'G2')`.
 * An axis left out stays null; the shared schema checks the categories when seeding.
 */
export function staged(
  edition: TnmEdition,
  tnm: string,
  uiccStage: Staging['uiccStage'],
  grade: Staging['grade'],
): Staging {
  const axes: Record<string, TnmValue | null> = { T: null, N: null, M: null };
  for (const token of tnm.split(' ')) {
    const match = TNM_TOKEN.exec(token);
    const prefix = TNM_PREFIXES.find((candidate) => candidate === match?.[1]);
    const category = match?.[2];
    if (!prefix || !category) throw new Error(`Not a TNM category: ${token}`);
    axes[category.charAt(0)] = { prefix, category };
  }
  return {
    notApplicable: false,
    edition,
    t: axes.T ?? null,
    n: axes.N ?? null,
    m: axes.M ?? null,
    uiccStage,
    grade,
  };
}

export function imaging(
  description: string,
  date: string,
  dicomStudyUid: string | null,
): ClinicalReference {
  return { kind: 'imaging', description, date, dicomStudyUid, url: null };
}

export function pathology(
  description: string,
  date: string,
  url: string | null = null,
): ClinicalReference {
  return { kind: 'pathology', description, date, dicomStudyUid: null, url };
}

/**
 * EORTC QLQ-C30 scores of one scale (0–100), one per [days ago, score], named as the scorer
 * names them so the case card knows the scale's direction and translation.
 */
export function qlqC30Series(
  ago: DaysAgo,
  scaleId: QlqC30ScaleId,
  series: [days: number, score: number][],
): PromScore[] {
  const scale = QLQ_C30_SCALES.find((entry) => entry.id === scaleId);
  if (!scale) throw new Error(`unknown QLQ-C30 scale ${scaleId}`);
  return series.map(([days, score]) => ({
    instrument: 'EORTC QLQ-C30',
    scale: scale.name,
    date: ago(days),
    score,
  }));
}

/** EORTC QLQ-C30 global health status/QoL (0–100), one score per [days ago, score]. */
export function globalHealth(ago: DaysAgo, series: [days: number, score: number][]): PromScore[] {
  return qlqC30Series(ago, 'QL', series);
}
