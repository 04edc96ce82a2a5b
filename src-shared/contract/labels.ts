// Mailing labels, envelopes and form letters: the core lays out HTML pages (CSS in mm) and a PDF
// port prints them with Chromium. Geometry is in millimetres throughout.
import { z } from 'zod';
import { Id, Ok, ShortText } from './common';
import { method } from './method';

const Mm = z.number().min(0).max(1000);

/** Where labels sit on a sheet: margins to the first label's top-left, pitch = label + gap. */
export const LabelSheetGeometry = z
  .object({
    name: z.string().trim().min(1, 'Give the sheet a name').max(100),
    pageWidthMm: Mm.min(50),
    pageHeightMm: Mm.min(50),
    labelWidthMm: Mm.min(10),
    labelHeightMm: Mm.min(5),
    leftMm: Mm,
    topMm: Mm,
    hPitchMm: Mm,
    vPitchMm: Mm,
    columns: z.number().int().min(1).max(20),
    rows: z.number().int().min(1).max(60),
  })
  .refine((s) => s.columns === 1 || s.hPitchMm >= s.labelWidthMm, { message: 'The horizontal pitch is the label width plus the gap', path: ['hPitchMm'] })
  .refine((s) => s.rows === 1 || s.vPitchMm >= s.labelHeightMm, { message: 'The vertical pitch is the label height plus the gap', path: ['vPitchMm'] })
  .refine((s) => s.leftMm + (s.columns - 1) * s.hPitchMm + s.labelWidthMm <= s.pageWidthMm + 0.5, { message: 'The labels do not fit across the page', path: ['columns'] })
  .refine((s) => s.topMm + (s.rows - 1) * s.vPitchMm + s.labelHeightMm <= s.pageHeightMm + 0.5, { message: 'The labels do not fit down the page', path: ['rows'] });
export type LabelSheetGeometry = z.infer<typeof LabelSheetGeometry>;

export const LabelSheet = z.object({
  /** A preset's key (e.g. 'avery-5160', 'l7160') or a saved sheet's id. */
  id: z.string(),
  isCustom: z.boolean(),
  name: z.string(),
  pageWidthMm: z.number(),
  pageHeightMm: z.number(),
  labelWidthMm: z.number(),
  labelHeightMm: z.number(),
  leftMm: z.number(),
  topMm: z.number(),
  hPitchMm: z.number(),
  vPitchMm: z.number(),
  columns: z.number().int(),
  rows: z.number().int(),
});
export type LabelSheet = z.infer<typeof LabelSheet>;

/** Who gets mail: chosen contacts, a segment or a campaign's members; none of them: every contact with an address. */
export const Recipients = z.object({
  contactIds: z.array(Id).max(100_000).optional(),
  /** A segment's name; answered once segments are wired into labels (LabelsHooks.segmentContactIds). */
  segment: z.string().trim().min(1).max(200).optional(),
  /** A campaign's id; answered once campaigns are wired into labels (LabelsHooks.campaignContactIds). */
  campaignId: Id.optional(),
});

/** How recipients' addresses are chosen and written; shared by labels, envelopes and letters. */
export const AddressOptions = z.object({
  /** Address labels to try in order; any other address is the fallback. */
  addressPreference: z.array(ShortText).max(10).default(['mailing', 'work', 'home']),
  isCaps: z.boolean().default(false),
  sortBy: z.enum(['postalCode', 'name']).default('postalCode'),
});

export const LabelRequest = Recipients.extend(AddressOptions.shape).extend({
  sheetId: z.string().min(1).max(100).default('avery-5160'),
  /** 1-based position of the first label on the first sheet (finish a partly used sheet). */
  startAt: z.number().int().min(1).max(1200).default(1),
  /** One label per address shared by several contacts ("The Sharma Family"). */
  isHousehold: z.boolean().default(false),
  /** Printed small at the top of each label; empty for none. */
  returnAddress: z.string().trim().max(500).default(''),
  /** Whose X/Y offsets apply (see printerOffsets). */
  printer: z.string().trim().max(100).default(''),
  /** 'calibration' prints label outlines only, to check alignment. */
  document: z.enum(['labels', 'calibration']).default('labels'),
});
export type LabelRequestInput = z.input<typeof LabelRequest>;

export const SkipReason = z.enum(['doNotMail', 'doNotContact', 'noAddress', 'incompleteAddress', 'archived', 'notFound']);
export type SkipReason = z.infer<typeof SkipReason>;

const PrintReport = z.object({
  /** Labels, envelopes or letters printed (one per household when grouped). */
  printed: z.number().int(),
  /** Contacts covered by what was printed. */
  contacts: z.number().int(),
  pageCount: z.number().int(),
  skipped: z.array(z.object({ contactId: z.string(), displayName: z.string(), reason: SkipReason })),
});

/** Pages as one self-contained HTML document (fonts embedded, nothing loaded from elsewhere). */
export const PrintDocument = PrintReport.extend({
  html: z.string(),
  pageWidthMm: z.number(),
  pageHeightMm: z.number(),
  /** Sheets in `html`: the preview shows the first ones only. */
  shownPageCount: z.number().int(),
});
export type PrintDocument = z.infer<typeof PrintDocument>;

export const PrintedPdf = PrintReport.extend({ fileName: z.string(), contentBase64: z.string() });
export type PrintedPdf = z.infer<typeof PrintedPdf>;

export const ENVELOPE_SIZES = ['dl', 'c5', 'c6', 'us10'] as const;
export const EnvelopeRequest = Recipients.extend(AddressOptions.shape).extend({
  size: z.enum(ENVELOPE_SIZES).default('dl'),
  senderAddress: z.string().trim().max(500).default(''),
  printer: z.string().trim().max(100).default(''),
});

export const LetterRequest = Recipients.extend(AddressOptions.shape).extend({
  /** Plain text with merge fields such as {{salutation}}, {{name}}, {{address}}, {{givenName}}. */
  template: z.string().max(50_000),
  paper: z.enum(['a4', 'letter']).default('a4'),
  senderAddress: z.string().trim().max(500).default(''),
});

export const PrinterOffset = z.object({
  printer: z.string().trim().max(100),
  xMm: z.number().min(-20).max(20),
  yMm: z.number().min(-20).max(20),
});
export type PrinterOffset = z.infer<typeof PrinterOffset>;

export const labels = {
  /** Presets, then the user's saved sheets. */
  sheets: method(z.object({}), z.object({ items: z.array(LabelSheet) })),
  saveSheet: method(z.object({ id: Id.optional(), sheet: LabelSheetGeometry }), LabelSheet),
  deleteSheet: method(z.object({ id: Id }), Ok),
  /** The label pages as HTML, for the preview; nothing is printed. No one to mail is an empty document with the reasons. */
  preview: method(LabelRequest, PrintDocument),
  pdf: method(LabelRequest, PrintedPdf),
  envelopesPdf: method(EnvelopeRequest, PrintedPdf),
  lettersPdf: method(LetterRequest, PrintedPdf),
  /** Per-printer X/Y shifts in mm (this machine only). */
  printerOffsets: method(z.object({}), z.object({ items: z.array(PrinterOffset) })),
  setPrinterOffset: method(PrinterOffset, z.object({ items: z.array(PrinterOffset) })),
};
