import type { Response } from 'express';

/**
 * Sends a rendered PDF as a download named `filename`. Never cached: every PDF we send
 * carries case data, and the next one may say more (a later signed version).
 */
export function sendPdf(res: Response, pdf: Buffer, filename: string): void {
  res
    .type('application/pdf')
    .set('Content-Disposition', `attachment; filename="${filename}"`)
    .set('Cache-Control', 'no-store')
    .send(pdf);
}
