import {
  type CertificateVerification,
  CertificateVerificationResponseSchema,
  type Locale,
  type MyCertificate,
  MyCertificatesResponseSchema,
} from '@konsil/shared';
import type { ApiClient } from '../../lib/api';

const boardPath = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}`;

/** The signed-in user's ended, attended boards with the certificate each has or would have. */
export async function listMyCertificates(
  api: ApiClient,
  signal?: AbortSignal,
): Promise<MyCertificate[]> {
  const { certificates } = await api.request(
    'GET',
    '/api/certificates',
    MyCertificatesResponseSchema,
    {
      signal,
    },
  );
  return certificates;
}

/** What a certificate's code confirms (public: no session needed). */
export async function verifyCertificate(
  api: ApiClient,
  code: string,
  signal?: AbortSignal,
): Promise<CertificateVerification> {
  const { certificate } = await api.request(
    'GET',
    `/api/certificates/${encodeURIComponent(code)}`,
    CertificateVerificationResponseSchema,
    { signal },
  );
  return certificate;
}

/** A plain download link: the browser's own download handles it, the server audits it. */
export function certificateUrl(boardId: string, lang: Locale): string {
  return `${boardPath(boardId)}/certificate.pdf?lang=${lang}`;
}

export function attendanceCsvUrl(boardId: string): string {
  return `${boardPath(boardId)}/attendance.csv`;
}
