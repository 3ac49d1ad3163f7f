import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';

// The package exports only its index; the font files sit beside it, in fonts/.
const fontDir = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-kr')),
  '..',
  'fonts',
);

/** Noto Sans KR covers Hangul, Latin and German umlauts; embedded from disk, never fetched. */
export const PDF_FONTS = {
  regular: path.join(fontDir, 'NotoSansKR-Regular.otf'),
  bold: path.join(fontDir, 'NotoSansKR-Bold.otf'),
};

export type PdfDoc = InstanceType<typeof PDFDocument>;

/** The grey of labels, side notes and page footers. */
export const GREY = '#555555';

/**
 * An A4 document with the fonts registered as `body` and `bold`, pages kept in memory
 * (so they can be numbered at the end), and a promise of its bytes once `end()` is called.
 */
export function newPdfDocument(info: { Title: string }): { doc: PdfDoc; bytes: Promise<Buffer> } {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    bufferPages: true,
    info: { ...info, Creator: 'Konsil' },
  });
  doc.registerFont('body', PDF_FONTS.regular);
  doc.registerFont('bold', PDF_FONTS.bold);
  const chunks: Buffer[] = [];
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, bytes };
}

/** Writes `footer(page, pages)` at the bottom right of every buffered page. */
export function footEveryPage(doc: PdfDoc, footer: (page: number, pages: number) => string): void {
  const range = doc.bufferedPageRange();
  for (let index = 0; index < range.count; index += 1) {
    doc.switchToPage(range.start + index);
    const bottom = doc.page.margins.bottom;
    // Below the bottom margin pdfkit would otherwise start a new page.
    doc.page.margins.bottom = 0;
    doc
      .font('body')
      .fontSize(8)
      .fillColor(GREY)
      .text(footer(index + 1, range.count), doc.page.margins.left, doc.page.height - 36, {
        align: 'right',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}

/** Starts a new page unless `height` points are left on this one. */
export function keepRoom(doc: PdfDoc, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}
