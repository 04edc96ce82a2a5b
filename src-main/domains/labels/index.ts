export { labelsDomain } from './labels.domain';
export { labelsHandlers } from './labels.handlers';
export { createLabelsService, type LabelsHooks, type LabelsService } from './labels.service';
export { createLabelSheetsService, type LabelSheetsService } from './label-sheets.service';
export { createPrinterOffsets, type PrinterOffsets } from './printer-offsets';
export { SHEET_PRESETS, findPreset } from './sheet-presets';
export { describeSkips, skipReasonText } from './nothing-to-print';
