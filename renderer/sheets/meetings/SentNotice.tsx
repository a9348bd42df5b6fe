import type { GeneratedDocument, SentMeetingDocument } from '../../../shared/domain/report';
import { withoutEmailNotice } from '../../../shared/domain/report';
import { filesAreDownloads } from '../../api/client';

/** "Dagsorden 2026-12-09.eml og Kalenderinvitation 2026-12-09.ics" */
function fileNames(files: GeneratedDocument[]): string {
  const names = files.map((f) => f.fileName);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} og ${names.at(-1)}` : (names[0] ?? '');
}

/** The folder a written file is in, as the system writes it. */
function folderOf(filePath: string): string {
  return filePath.replace(/[\\/][^\\/]*$/, '');
}

/**
 * What "Send dagsorden" or "Send referat" did: which files were written and opened (or arrived as
 * downloads in a browser), to whom the e-mail is addressed, and who has no e-mail address and
 * must get the document another way; remindStatus: the chair is reminded to mark the agenda sent.
 * Stays until closed or another meeting is shown.
 */
export function SentNotice({ sent, remindStatus, onClose }: { sent: SentMeetingDocument; remindStatus: boolean; onClose: () => void }) {
  const files = sent.invitation ? [sent.email, sent.invitation] : [sent.email];
  const what = sent.invitation ? 'E-mailen og kalenderinvitationen' : 'E-mailen';
  const failed = files.filter((f) => !f.opened);
  const missing = withoutEmailNotice(sent.withoutEmail);
  let where: string;
  if (filesAreDownloads()) where = `${what} er hentet som ${fileNames(files)}. Åbn ${files.length > 1 ? 'dem' : 'den'} fra browserens overførsler, og send e-mailen derfra.`;
  else if (failed.length === 0) where = `${what} er gemt som ${fileNames(files)} i ${folderOf(sent.email.path)} og åbnet. Læs e-mailen igennem, og tryk Send.`;
  else where = `${what} er gemt som ${fileNames(files)} i ${folderOf(sent.email.path)}, men ${fileNames(failed)} kunne ikke åbnes: ${failed[0]!.openError ?? 'ukendt fejl'}.`;
  return (
    <div className="sent-notice" role="status" aria-label="Udsendelse">
      <p>
        <strong>{sent.document === 'dagsorden' ? 'Dagsordenen' : 'Referatet'} er klar til at blive sendt.</strong> {where}
      </p>
      <p>{sent.recipients.length > 0 ? `Til: ${sent.recipients.join(', ')}` : 'Ingen af deltagerne har en e-mailadresse, så e-mailen har ingen modtagere endnu.'}</p>
      {missing && <p className="sent-missing">{missing}</p>}
      {remindStatus && <p>Når e-mailen er sendt, så sæt mødets status til »Dagsorden udsendt«; ændringer derefter kommer med på en revideret dagsorden.</p>}
      <button type="button" className="sent-close" onClick={onClose}>
        Luk
      </button>
    </div>
  );
}
