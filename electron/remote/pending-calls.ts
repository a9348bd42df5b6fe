// The calls sent on the socket and waiting for their answers, with the files the server sends
// ahead of an answer. Split out of remote-workbook.ts (as outbox-sender.ts was) so that file
// stays about connecting; the socket itself stays there.
import { contract, isChannel } from '../../shared/api/contract';
import { failure, type Envelope } from '../../shared/api/envelope';
import type { CallId, DownloadedFile } from '../../shared/api/socket-protocol';
import type { DownloadSaver } from './remote-options';

export interface PendingCall {
  channel: string;
  resolve: (envelope: Envelope<unknown>) => void;
  timer: NodeJS.Timeout;
  download?: DownloadedFile;
  /** Files after the first ("Send dagsorden" sends the e-mail and the invitation). */
  moreDownloads?: DownloadedFile[];
  /** For a change from the outbox: the connection was lost before the answer (it is sent again). */
  lost?: () => void;
  /** The file the call sends is the answer itself (the local copy), not something to save where the user says. */
  capture?: boolean;
}

/** "Ændringen er måske ikke gemt" for a change, "Prøv igen" for a read. */
export function uncertainOutcome(channel: string): string {
  return isChannel(channel) && contract[channel].mutates ? 'Det er uvist, om ændringen blev gemt – se efter, når arbejdsbogen er opdateret' : 'Prøv igen';
}

export class PendingCalls {
  private lastId = 0;
  private readonly calls = new Map<CallId, PendingCall>();

  /** host: the server as the user reads it; downloads: where files go (without it they are refused). */
  constructor(
    private readonly host: string,
    private readonly downloads: DownloadSaver | undefined,
  ) {}

  /** The id of the next call frame; ids are never reused while the workbook is open. */
  nextId(): number {
    return ++this.lastId;
  }

  set(id: CallId, call: PendingCall): void {
    this.calls.set(id, call);
  }

  /** Forgets a call without answering it (its timeout has answered it already). */
  delete(id: CallId): void {
    this.calls.delete(id);
  }

  /** A file the server sent for a call, before the call's answer. */
  addDownload(id: CallId, download: DownloadedFile): void {
    const call = this.calls.get(id);
    if (call?.download) (call.moreDownloads ??= []).push(download);
    else if (call) call.download = download;
  }

  async answer(id: CallId, envelope: Envelope<unknown>): Promise<void> {
    const call = this.calls.get(id);
    if (!call) return;
    // Answered: no more timeout, even while the user picks where to save a file.
    clearTimeout(call.timer);
    if (call.capture) {
      if (envelope.ok && !call.download) return this.settle(id, failure('internal', `Serveren ${this.host} sendte ingen fil`));
      return this.settle(id, envelope.ok ? { ok: true, value: call.download } : envelope);
    }
    if (!envelope.ok || !call.download) return this.settle(id, envelope);
    if (!this.downloads) return this.settle(id, failure('refused', 'Filen fra serveren kan ikke gemmes her'));
    try {
      const files = [call.download, ...(call.moreDownloads ?? [])];
      const value = await this.downloads.save(call.channel, call.download, { files, answer: envelope.value });
      this.settle(id, { ok: true, value });
    } catch (error) {
      this.settle(id, failure('refused', error instanceof Error ? error.message : String(error)));
    }
  }

  settle(id: CallId, envelope: Envelope<unknown>): void {
    const call = this.calls.get(id);
    if (!call) return;
    this.calls.delete(id);
    clearTimeout(call.timer);
    call.resolve(envelope);
  }

  /** Answers every waiting call; `%` in the message stands for what it means for that call. */
  failAll(message: string): void {
    for (const [id, call] of this.calls) {
      if (call.lost) {
        this.calls.delete(id);
        clearTimeout(call.timer);
        call.lost();
      } else {
        this.settle(id, failure('internal', message.replace('%', uncertainOutcome(call.channel))));
      }
    }
  }
}
