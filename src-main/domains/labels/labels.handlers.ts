import type { labels } from '../../../src-shared/contract/labels';
import type { DomainHandlers } from '../../../src-shared/contract/method';
import type { LabelSheetsService } from './label-sheets.service';
import type { LabelsService } from './labels.service';
import type { PrinterOffsets } from './printer-offsets';

/** The preview lays out this many sheets at most; the PDF has them all. */
const PREVIEW_SHEETS = 20;

export function labelsHandlers(service: LabelsService, sheets: LabelSheetsService, offsets: PrinterOffsets): DomainHandlers<typeof labels> {
  return {
    sheets: () => ({ items: sheets.list() }),
    saveSheet: ({ id, sheet }) => sheets.save(id, sheet),
    deleteSheet: ({ id }) => {
      sheets.remove(id);
      return { ok: true };
    },
    // The preview reports an empty selection as data (the dialog explains it); printing refuses it.
    preview: (input) => service.labelDocument(input, true, PREVIEW_SHEETS),
    pdf: (input) => service.labelPdf(input),
    envelopesPdf: (input) => service.envelopePdf(input),
    lettersPdf: (input) => service.letterPdf(input),
    printerOffsets: () => ({ items: offsets.list() }),
    setPrinterOffset: (offset) => ({ items: offsets.set(offset) }),
  };
}
