// An e-mail draft as an .eml file, composed by nodemailer's MailComposer (no mail server is
// involved). "X-Unsent: 1" makes Outlook open it as a new message ready to send rather than as a
// received one. There is no From: the draft is sent from whoever opens it, with their own account.
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Recipient } from './recipients';

export interface DraftAttachment {
  fileName: string;
  content: Buffer | string;
  contentType: string;
}

export interface EmailDraft {
  to: readonly Recipient[];
  subject: string;
  /** Plain text; line breaks as \n. */
  text: string;
  attachments: readonly DraftAttachment[];
  /** The Date header. */
  date: Date;
}

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function composeEmailDraft(draft: EmailDraft): Promise<Buffer> {
  const composer = new MailComposer({
    to: draft.to.map((r) => ({ name: r.name, address: r.email })),
    subject: draft.subject,
    text: draft.text,
    date: draft.date,
    headers: { 'X-Unsent': '1' },
    attachments: draft.attachments.map((a) => ({ filename: a.fileName, content: a.content, contentType: a.contentType })),
  });
  return composer.compile().build();
}
