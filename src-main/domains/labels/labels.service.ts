// Labels, envelopes and letters: choose recipients, build the mail list, lay out HTML pages and
// (for PDF) hand them to the PDF port. Edge domain: reads contacts through their service only.
import type { EnvelopeRequest, LabelRequest, LetterRequest, PrintDocument, PrintedPdf } from '../../../src-shared/contract/labels';
import type { Sqlite } from '../../db/open-database';
import type { PdfPrinter } from '../../platform/pdf-printer';
import { AppError } from '../../rpc/app-error';
import type { ContactsService } from '../contacts';
import { envelopePagesHtml, ENVELOPES } from './envelope-html';
import { calibrationPageHtml, labelPagesHtml } from './label-html';
import type { LabelSheetsService } from './label-sheets.service';
import { letterPagesHtml } from './letter-html';
import { buildMailList, pieceLines, type MailPiece, type Skipped } from './mail-list';
import { mergeTemplate, unknownFields } from './merge-fields';
import { describeNothingToPrint } from './nothing-to-print';
import { pageCount } from './label-layout';
import { createMailContactsRepo } from './mail-contacts.repo';
import type { PrinterOffsets } from './printer-offsets';
import type { z } from 'zod';

type Recipients = { contactIds?: string[]; segment?: string; campaignId?: string };
type AddressOptions = Pick<z.output<typeof LabelRequest>, 'addressPreference' | 'isCaps' | 'sortBy'>;

/**
 * Hooks other domains fill in. Segments and campaigns choose recipients (the CLI's --segment and
 * --campaign); campaigns print a response code on each label; custom fields feed letters.
 */
export interface LabelsHooks {
  /** Contact ids of the saved segment with this name. */
  segmentContactIds?: (name: string) => string[];
  /** DEBT: wire to campaigns (member contact ids) once campaigns exist. */
  campaignContactIds?: (id: string) => string[];
  /** The response code to print on the label for these contacts (a campaign member's), or null. */
  responseCodeOf?: (contactIds: readonly string[]) => string | null;
  /** Custom field values by name for letters' {{custom.Name}}. */
  customFieldsOf?: (contactId: string) => Record<string, string>;
}

export interface LabelsDeps {
  sqlite: Sqlite;
  contacts: ContactsService;
  sheets: LabelSheetsService;
  offsets: PrinterOffsets;
  printer: PdfPrinter;
  homeCountry: () => string;
  hooks?: LabelsHooks;
  now?: () => number;
}

export type LabelsService = ReturnType<typeof createLabelsService>;

export function createLabelsService(deps: LabelsDeps) {
  const hooks = deps.hooks ?? {};
  const now = deps.now ?? Date.now;
  const mailContacts = createMailContactsRepo(deps.sqlite);

  function recipientIds(input: Recipients): { ids: string[]; isSelection: boolean } {
    if (input.segment !== undefined) {
      if (!hooks.segmentContactIds) throw new AppError('unavailable', 'Printing for a segment is not available in this version.');
      return { ids: hooks.segmentContactIds(input.segment), isSelection: true };
    }
    if (input.campaignId !== undefined) {
      if (!hooks.campaignContactIds) throw new AppError('unavailable', 'Printing for a campaign is not available in this version.');
      return { ids: hooks.campaignContactIds(input.campaignId), isSelection: true };
    }
    if (input.contactIds) return { ids: input.contactIds, isSelection: true };
    // Everyone: only contacts with some address are candidates.
    return { ids: mailContacts.idsWithAddress(), isSelection: false };
  }

  /** `isEmptyAllowed`: the preview shows an empty result (with reasons) instead of failing. */
  function mailList(input: Recipients & AddressOptions, isHousehold: boolean, isEmptyAllowed = false): { pieces: MailPiece[]; skipped: Skipped[]; asked: number } {
    const { ids } = recipientIds(input);
    const unique = [...new Set(ids)];
    const found = mailContacts.byIds(unique);
    const foundIds = new Set(found.map((c) => c.id));
    const missing: Skipped[] = unique.filter((id) => !foundIds.has(id)).map((id) => ({ contactId: id, displayName: '', reason: 'notFound' }));
    const list = buildMailList(found, { addressPreference: input.addressPreference, sortBy: input.sortBy, isHousehold, homeCountry: deps.homeCountry() });
    const skipped = [...missing, ...list.skipped];
    if (list.pieces.length === 0 && !isEmptyAllowed) throw new AppError('invalid_input', describeNothingToPrint(ids.length, skipped));
    return { pieces: list.pieces, skipped, asked: ids.length };
  }

  const report = (pieces: MailPiece[], skipped: Skipped[], pageCount: number) => ({
    printed: pieces.length,
    contacts: pieces.reduce((sum, p) => sum + p.contacts.length, 0),
    pageCount,
    skipped,
  });

  /** `maxPages` limits the sheets laid out (the preview); the report still counts all of them. */
  function labelDocument(input: z.output<typeof LabelRequest>, isEmptyAllowed = false, maxPages = Infinity): PrintDocument {
    const sheet = deps.sheets.get(input.sheetId);
    const offset = deps.offsets.of(input.printer);
    const page = { pageWidthMm: sheet.pageWidthMm, pageHeightMm: sheet.pageHeightMm };
    if (input.document === 'calibration') {
      const note = `${sheet.name} — print at Actual size / 100 % — offset X ${offset.xMm} mm, Y ${offset.yMm} mm`;
      return { html: calibrationPageHtml(sheet, offset, note), ...page, printed: 0, contacts: 0, pageCount: 1, shownPageCount: 1, skipped: [] };
    }
    const { pieces, skipped } = mailList(input, input.isHousehold, isEmptyAllowed);
    if (pieces.length === 0) return { html: '', ...page, ...report(pieces, skipped, 0), shownPageCount: 0 };
    const fitting = Number.isFinite(maxPages) ? maxPages * sheet.columns * sheet.rows - ((input.startAt - 1) % (sheet.columns * sheet.rows)) : pieces.length;
    const contents = pieces.slice(0, fitting).map((p) => ({ lines: pieceLines(p), responseCode: hooks.responseCodeOf?.(p.contacts.map((c) => c.id)) ?? null }));
    const { html, pages } = labelPagesHtml(contents, { sheet, startAt: input.startAt, offset, isCaps: input.isCaps, returnAddress: input.returnAddress });
    return { html, ...page, ...report(pieces, skipped, pageCount(sheet, pieces.length, input.startAt)), shownPageCount: pages };
  }

  async function toPdf(html: string, fileName: string, rest: Omit<PrintedPdf, 'fileName' | 'contentBase64'>): Promise<PrintedPdf> {
    const bytes = await deps.printer.toPdf(html);
    return { ...rest, fileName, contentBase64: Buffer.from(bytes).toString('base64') };
  }

  const stamp = () => new Date(now()).toISOString().slice(0, 10);

  return {
    labelDocument,
    async labelPdf(input: z.output<typeof LabelRequest>): Promise<PrintedPdf> {
      const { html, pageWidthMm: _w, pageHeightMm: _h, shownPageCount: _shown, ...rest } = labelDocument(input);
      const kind = input.document === 'calibration' ? 'calibration' : 'labels';
      return toPdf(html, `sampark-${kind}-${input.sheetId}-${stamp()}.pdf`, rest);
    },
    envelopeHtml(input: z.output<typeof EnvelopeRequest>) {
      const { pieces, skipped } = mailList(input, false);
      const html = envelopePagesHtml(pieces.map(pieceLines), { size: input.size, senderAddress: input.senderAddress, isCaps: input.isCaps, offset: deps.offsets.of(input.printer) });
      return { html, ...report(pieces, skipped, pieces.length) };
    },
    async envelopePdf(input: z.output<typeof EnvelopeRequest>): Promise<PrintedPdf> {
      const { html, ...rest } = this.envelopeHtml(input);
      return toPdf(html, `sampark-envelopes-${ENVELOPES[input.size].name.replace(/\W+/g, '')}-${stamp()}.pdf`, rest);
    },
    letterHtml(input: z.output<typeof LetterRequest>) {
      const unknown = unknownFields(input.template);
      if (unknown.length > 0) {
        throw new AppError('invalid_input', `The template names fields Sampark does not know: ${unknown.map((f) => `{{${f}}}`).join(', ')}.`);
      }
      const { pieces, skipped } = mailList(input, false);
      const nowMs = now();
      const letters = pieces.map((p) => {
        // Letters may name any field: the full contact, for the ones that get a letter.
        const contact = deps.contacts.get(p.contacts[0]!.id);
        const text = mergeTemplate(input.template, { contact, name: p.name, addressLines: p.company ? [p.company, ...p.addressLines] : p.addressLines, customFields: hooks.customFieldsOf?.(contact.id) ?? {}, nowMs });
        return { text: input.isCaps ? text.toLocaleUpperCase() : text, lang: contact.preferredLanguage.split(/[-_]/)[0] || 'en' };
      });
      return { html: letterPagesHtml(letters, { paper: input.paper, senderAddress: input.senderAddress }), ...report(pieces, skipped, letters.length) };
    },
    async letterPdf(input: z.output<typeof LetterRequest>): Promise<PrintedPdf> {
      const { html, ...rest } = this.letterHtml(input);
      return toPdf(html, `sampark-letters-${stamp()}.pdf`, rest);
    },
  };
}
