// A shared workbook while the server cannot be reached: this machine's copy answers the window.
// Sheets read it and documents are made from it; a change is made in the copy at once (checked
// by the same handlers and role rules, so the sheet shows it and the window gets its answer) and
// queued in the outbox, to be sent in order when the connection is back. Once every change made
// in the copy has been answered by the server, a fresh copy from the server replaces it: what
// the server decided (someone else's edits, a refusal) is what the sheets then show.
import fs from 'node:fs';
import path from 'node:path';
import { contract, isChannel } from '../../shared/api/contract';
import type { AppEventName, AppEvents, PendingRows } from '../../shared/api/bridge';
import { failure, type Envelope } from '../../shared/api/envelope';
import { LocalCopy, localCopyPath } from '../remote/local-copy';
import type { RemoteWorkbook } from '../remote/remote-workbook';
import { UserFacingError } from '../workbook/errors';
import { lockPathFor } from '../workbook/lock';
import { createDispatcher, type Dispatch } from './dispatcher';
import { Session, type ShellServices } from './session';
import { SettingsStore } from './settings';

export interface OfflineCopyOptions {
  remote: RemoteWorkbook;
  /** The app's folder for copies of shared workbooks (in its data folder). */
  folder: string;
  /** Where documents made offline are saved: the app's own dialogs. */
  shell: ShellServices;
  nativeBinding?: string;
  /** The copy's own events for the window (a change made offline). */
  emit: <E extends AppEventName>(event: E, payload: AppEvents[E]) => void;
  log?: (line: string) => void;
  /** How long after the server's last change the copy is fetched again. */
  refreshDelayMs?: number;
}

export class OfflineCopy {
  private readonly remote: RemoteWorkbook;
  private readonly copy: LocalCopy;
  private readonly options: OfflineCopyOptions;
  private session: Session | null = null;
  private local: Dispatch | null = null;
  /** Changes made in the copy that the server has not answered yet, with the rows each touched. */
  private readonly madeOffline = new Map<string, PendingRows['rows']>();
  /** The rows of the copy's last change (its event comes while the call runs). */
  private lastChangeRows: PendingRows['rows'] = [];
  /** What the window was last told is waiting, so it hears only of a difference. */
  private shownPending = '[]';
  private refreshTimer: NodeJS.Timeout | null = null;
  private closed = false;
  private readonly unsubscribe: Array<() => void> = [];
  /** Why the copy could not be kept (a full disk), in Danish; null while it is kept. */
  problem: string | null = null;

  constructor(options: OfflineCopyOptions) {
    this.options = options;
    this.remote = options.remote;
    this.copy = new LocalCopy(localCopyPath(options.folder, this.remote.server, this.remote.workbook), this.remote.workbook, options.nativeBinding);
    // Left waiting by an earlier run: made in the copy, which must not be replaced before they are sent.
    for (const callId of this.remote.waitingCallIds) this.madeOffline.set(callId, []);
    this.unsubscribe.push(
      this.remote.onEvent((event) => {
        if (event === 'workbook.changed') this.scheduleRefresh();
      }),
      this.remote.onOutbox(() => this.tellPending()),
    );
  }

  get file(): string {
    return this.copy.file;
  }

  /** Whether the window is served from the copy: no connection, or changes made in it still on their way. */
  get serving(): boolean {
    return this.remote.status.state !== 'connected' || this.hasUnsentChanges();
  }

  /** A call while serving: reads from the copy; a change made in the copy and queued for the server. */
  async dispatch(channel: string, input: unknown): Promise<Envelope<unknown>> {
    if (!this.copy.exists) {
      return failure('refused', `Serveren ${this.remote.host} kan ikke nås, og der er endnu ingen kopi af »${this.remote.workbook}« på denne computer. Prøv igen, når forbindelsen er tilbage`);
    }
    let local: Dispatch;
    try {
      local = this.open();
    } catch (error) {
      return failure('internal', `Den lokale kopi af »${this.remote.workbook}« kunne ikke åbnes: ${error instanceof Error ? error.message : String(error)}`);
    }
    const mutates = isChannel(channel) && contract[channel].mutates;
    this.lastChangeRows = [];
    const answer = await local(channel, input);
    if (!mutates || !answer.ok) return answer;
    const rows = this.lastChangeRows;
    const addedId = channel.endsWith('.add') ? (answer.value as { id?: unknown } | null)?.id : undefined;
    const queued = this.remote.queue(channel, input, typeof addedId === 'number' ? addedId : undefined);
    if (!('callId' in queued)) {
      // Not stored for sending: take it out of the copy again, so the sheet does not show a change that will never arrive.
      await local('workbook.undo', {});
      return queued;
    }
    this.madeOffline.set(queued.callId, rows);
    this.tellPending();
    return answer;
  }

  /**
   * Fetches the server's copy in place of this one – only while connected and with nothing made
   * in the copy still waiting, or those changes would vanish from the sheets before they arrive.
   */
  async refresh(): Promise<void> {
    if (this.closed || this.serving) return;
    const file = await this.remote.fetchFile('workbook.saveCopyDialog', {});
    if (!file.ok) {
      this.options.log?.(`Den lokale kopi af ${this.remote.workbook} kunne ikke hentes: ${file.error.message}`);
      return;
    }
    // The connection went, or a change was made offline, while the copy was on its way.
    if (this.closed || this.serving) return;
    this.closeSession();
    try {
      this.copy.replace(Buffer.from(file.value.base64, 'base64'));
      this.problem = null;
    } catch (error) {
      this.problem = error instanceof Error ? error.message : String(error);
      this.options.log?.(this.problem);
    }
  }

  /**
   * The member's access was withdrawn: the copy goes too, so a withdrawn member keeps no
   * readable workbook on this machine. (The outbox stays: it holds what they wrote.)
   */
  discard(): void {
    this.close();
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${this.copy.file}${suffix}`, { force: true });
    fs.rmSync(lockPathFor(this.copy.file), { force: true });
  }

  close(): void {
    this.closed = true;
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    for (const stop of this.unsubscribe) stop();
    this.closeSession();
  }

  private scheduleRefresh(): void {
    if (this.refreshTimer || this.closed) return;
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = null;
      void this.refresh();
    }, this.options.refreshDelayMs ?? 3_000);
  }

  private hasUnsentChanges(): boolean {
    if (this.madeOffline.size === 0) return false;
    const waiting = new Set(this.remote.waitingCallIds);
    for (const callId of this.madeOffline.keys()) if (!waiting.has(callId)) this.madeOffline.delete(callId);
    return this.madeOffline.size > 0;
  }

  /** Tells the window which rows wait to be sent (each once), when that changed: the sheets mark them. */
  private tellPending(): void {
    this.hasUnsentChanges();
    const byKey = new Map<string, PendingRows['rows'][number]>();
    for (const rows of this.madeOffline.values()) for (const row of rows) byKey.set(`${row.table}:${row.id}`, row);
    const pending: PendingRows = { rows: [...byKey.values()] };
    const shown = JSON.stringify(pending.rows.map((row) => [row.table, row.id]));
    if (shown === this.shownPending) return;
    this.shownPending = shown;
    this.options.emit('workbook.pending', pending);
  }

  /** The copy opened as a workbook of its own, acted on as the member the invitation is for. */
  private open(): Dispatch {
    if (this.local) return this.local;
    const settings = new SettingsStore(path.join(path.dirname(this.copy.file), 'indstillinger'));
    settings.setUser(this.remote.member);
    const shell = this.options.shell;
    // Documents are suggested among the user's own, as online – not beside the copy in the data folder.
    const documentsShell: ShellServices = { ...shell, chooseFileToSave: (suggested, ...rest) => shell.chooseFileToSave(path.join(shell.documentsDir, path.basename(suggested)), ...rest) };
    const session = new Session({ settings, shell: documentsShell, nativeBinding: this.options.nativeBinding });
    let info = session.open(this.copy.file);
    // Only this app keeps copies here: a lock left behind is its own, from a run that crashed.
    if (info.lock?.state === 'stale') info = session.takeOverLock();
    if (info.readOnly) {
      session.close();
      throw new UserFacingError('read_only', info.readOnlyReason ?? 'Kopien kan kun læses');
    }
    session.onEvent((event, payload) => {
      if (event !== 'workbook.changed') return;
      const change = payload as AppEvents['workbook.changed'];
      this.lastChangeRows = (change.rows ?? []).map((row) => ({ table: row.table, id: row.id, row: row.after ?? row.before }));
      this.options.emit(event, change);
    });
    this.session = session;
    this.local = createDispatcher(session, (error) => this.options.log?.(String(error)));
    return this.local;
  }

  private closeSession(): void {
    this.session?.close();
    this.session = null;
    this.local = null;
  }
}
