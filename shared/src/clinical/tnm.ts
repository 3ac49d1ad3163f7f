import { isLungCode } from './codes';

/**
 * TNM vocabularies by edition. Lung (C33/C34) has its own lists: the 9th
 * edition splits N2 into N2a/N2b and M1c into M1c1/M1c2. Other sites use a
 * general list that covers their subdivisions.
 */
export const TNM_EDITIONS = ['8', '9'] as const;
export type TnmEdition = (typeof TNM_EDITIONS)[number];

export const TNM_PREFIXES = ['c', 'p', 'yp'] as const;
export type TnmPrefix = (typeof TNM_PREFIXES)[number];

export type TnmAxis = 't' | 'n' | 'm';

const GENERAL = {
  t: [
    'TX',
    'T0',
    'Tis',
    'T1',
    'T1mi',
    'T1a',
    'T1b',
    'T1c',
    'T1d',
    'T2',
    'T2a',
    'T2b',
    'T2c',
    'T3',
    'T3a',
    'T3b',
    'T3c',
    'T4',
    'T4a',
    'T4b',
    'T4c',
    'T4d',
  ],
  n: [
    'NX',
    'N0',
    'N1',
    'N1mi',
    'N1a',
    'N1b',
    'N1c',
    'N2',
    'N2a',
    'N2b',
    'N2c',
    'N3',
    'N3a',
    'N3b',
    'N3c',
  ],
  m: ['M0', 'M1', 'M1a', 'M1b', 'M1c', 'M1d'],
} as const;

const LUNG_T = ['TX', 'T0', 'Tis', 'T1mi', 'T1a', 'T1b', 'T1c', 'T2a', 'T2b', 'T3', 'T4'] as const;

const VOCABULARY: Record<
  TnmEdition,
  { lung: Record<TnmAxis, readonly string[]>; general: Record<TnmAxis, readonly string[]> }
> = {
  '8': {
    lung: { t: LUNG_T, n: ['NX', 'N0', 'N1', 'N2', 'N3'], m: ['M0', 'M1a', 'M1b', 'M1c'] },
    general: GENERAL,
  },
  '9': {
    lung: {
      t: LUNG_T,
      n: ['NX', 'N0', 'N1', 'N2a', 'N2b', 'N3'],
      m: ['M0', 'M1a', 'M1b', 'M1c1', 'M1c2'],
    },
    general: GENERAL,
  },
};

export function tnmCategories(
  edition: TnmEdition,
  axis: TnmAxis,
  icd10Code: string | null | undefined,
): readonly string[] {
  const site = isLungCode(icd10Code) ? 'lung' : 'general';
  return VOCABULARY[edition][site][axis];
}

export const UICC_STAGES = [
  '0',
  'I',
  'IA',
  'IA1',
  'IA2',
  'IA3',
  'IB',
  'IC',
  'II',
  'IIA',
  'IIB',
  'IIC',
  'III',
  'IIIA',
  'IIIB',
  'IIIC',
  'IV',
  'IVA',
  'IVB',
  'IVC',
] as const;
export type UiccStage = (typeof UICC_STAGES)[number];

export const GRADES = ['GX', 'G1', 'G2', 'G3', 'G4'] as const;
export type Grade = (typeof GRADES)[number];

/** "cT2a cN2b cM0 (UICC 9) · IIIB" style summary; null when not staged. */
export function formatTnm(staging: {
  notApplicable: boolean;
  edition: TnmEdition | null;
  t: { prefix: TnmPrefix; category: string } | null;
  n: { prefix: TnmPrefix; category: string } | null;
  m: { prefix: TnmPrefix; category: string } | null;
}): string | null {
  if (staging.notApplicable) return null;
  const parts = [staging.t, staging.n, staging.m]
    .filter((part): part is { prefix: TnmPrefix; category: string } => part !== null)
    .map((part) => `${part.prefix}${part.category}`);
  return parts.length > 0 ? parts.join(' ') : null;
}
