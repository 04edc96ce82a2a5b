// Assembles the labels domain for boot: custom sheets, this machine's printer offsets, the service.
import type { ChangeWriter } from '../../db/changes/change-writer';
import type { Sqlite } from '../../db/open-database';
import type { PdfPrinter } from '../../platform/pdf-printer';
import type { ContactsService } from '../contacts';
import { createLabelSheetsService } from './label-sheets.service';
import { labelsHandlers } from './labels.handlers';
import { createLabelsService, type LabelsHooks } from './labels.service';
import { createPrinterOffsets } from './printer-offsets';

export function labelsDomain(deps: { sqlite: Sqlite; writer: ChangeWriter; contacts: ContactsService; homeCountry: () => string; printer: PdfPrinter; hooks?: LabelsHooks }) {
  const sheets = createLabelSheetsService(deps.sqlite, deps.writer);
  const offsets = createPrinterOffsets(deps.sqlite);
  const service = createLabelsService({ ...deps, sheets, offsets });
  return labelsHandlers(service, sheets, offsets);
}
