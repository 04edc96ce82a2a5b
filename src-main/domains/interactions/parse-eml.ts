// One .eml file → what an email interaction needs. mailparser accepts almost anything, so a file
// counts as an email only if it has a From or To address and a Date or Subject; otherwise the
// user gets a per-file message instead of an empty interaction.
import type { AddressObject, EmailAddress } from 'mailparser';

export interface ParsedEmail {
  messageId: string;
  subject: string;
  occurredAtMs: number | null;
  from: string[];
  /** To, Cc and Bcc. */
  to: string[];
  excerpt: string;
}

const EXCERPT_CHARS = 2000;

function addresses(header: AddressObject | AddressObject[] | undefined): string[] {
  const flat = (list: EmailAddress[]): string[] => list.flatMap((a) => (a.group ? flat(a.group) : a.address ? [a.address.toLowerCase()] : []));
  return (Array.isArray(header) ? header : header ? [header] : []).flatMap((h) => flat(h.value));
}

export class EmlError extends Error {}

export async function parseEml(bytes: Buffer): Promise<ParsedEmail> {
  if (bytes.length === 0) throw new EmlError('The file is empty.');
  if (bytes.subarray(0, 4096).includes(0)) throw new EmlError('This is not an email message (.eml): it contains binary data.');
  let mail;
  try {
    // Loaded on first use: the mail parser is large and most sessions never read an .eml file.
    const { simpleParser } = await import('mailparser');
    mail = await simpleParser(bytes, { skipHtmlToText: false, skipImageLinks: true, skipTextLinks: true });
  } catch (error) {
    throw new EmlError(`The message could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const from = addresses(mail.from);
  const to = [...addresses(mail.to), ...addresses(mail.cc), ...addresses(mail.bcc)];
  const hasDate = mail.date instanceof Date && !Number.isNaN(mail.date.getTime());
  if (from.length + to.length === 0 || (!hasDate && !mail.subject)) {
    throw new EmlError('This is not an email message (.eml): it has no sender or recipient, or no date and no subject.');
  }
  const text = (mail.text ?? '').replace(/\r\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  return {
    messageId: mail.messageId ?? '',
    subject: (mail.subject ?? '').trim().slice(0, 200),
    occurredAtMs: hasDate ? mail.date!.getTime() : null,
    from,
    to,
    excerpt: text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS - 1)}…` : text,
  };
}
