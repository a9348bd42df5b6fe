// Which workbook a call from the window goes to: the local file through the local dispatcher,
// or – while a shared workbook is open – the server, through the main process's connection.
// The window cannot tell the two apart: the same channels, envelopes and events.
import fs from 'node:fs';
import { isChannel } from '../../shared/api/contract';
import { failure, type Envelope } from '../../shared/api/envelope';
import type { ReportOptions } from '../../shared/domain/report';
import type { AppState, WorkbookInfo } from '../../shared/domain/workbook';
import type { SharedWorkbookEntry } from '../../shared/domain/shared-workbook';
import { RemoteFailure } from '../remote/connection-errors';
import { createDownloadSaver } from '../remote/downloads';
import { RemoteWorkbook, type RemoteStatus, type RemoteWorkbookOptions } from '../remote/remote-workbook';
import { answerConflictCall, CONFLICT_CHANNELS } from './conflict-calls';
import { validateInput, type Dispatch } from './dispatcher';
import { OfflineCopy } from './offline-copy';
import { localCopyPath } from '../remote/local-copy';
import type { Session } from './session';
import { windowTitle } from './window-title';

/** How the router reaches a server (tests may pass shorter timeouts). */
export type RemoteConnector = (options: Pick<RemoteWorkbookOptions, 'server' | 'workbook' | 'code'>) => Promise<RemoteWorkbook>;

export type RoutedListener = (event: string, payload: unknown) => void;

/**
 * Channels that stay with this machine even while a shared workbook is open: opening or creating
 * a local file (which leaves the shared one) and the list of shared workbooks in the settings.
 */
const ALWAYS_LOCAL: ReadonlySet<string> = new Set([
  'workbook.newFromProgrammeDialog', 'workbook.newBlankDialog', 'workbook.openDialog', 'workbook.openRecent', 'workbook.sharedWorkbooks',
  'workbook.import.preview', 'workbook.import.create',
]);

interface OpenShared {
  remote: RemoteWorkbook;
  entry: SharedWorkbookEntry;
  info: WorkbookInfo;
  /** This machine's copy, answering while the server cannot be reached (null without a folder for it). */
  copy: OfflineCopy | null;
  /** Whether the copy answered the last time the router looked. */
  served: boolean;
}

export interface WorkbookRouterOptions {
  session: Session;
  /** The local dispatcher (createDispatcher(session)). */
  dispatch: Dispatch;
  connect?: RemoteConnector;
  /** Where changes to a shared workbook wait while the server cannot be reached (the app's data folder). */
  outboxDir?: string;
  /** Where copies of shared workbooks are kept for reading and working offline (the app's data folder). */
  copiesDir?: string;
  /** How long after the server's last change a shared workbook's copy is fetched again. */
  copyRefreshDelayMs?: number;
  log?: (line: string) => void;
}

export class WorkbookRouter {
  private readonly session: Session;
  private readonly local: Dispatch;
  private readonly connectRemote: RemoteConnector;
  private readonly outboxDir: string | undefined;
  /** What every connection to a server is given: where files go, the outbox, the log. */
  private readonly remoteOptions: Pick<RemoteWorkbookOptions, 'downloads' | 'outboxDir' | 'log'>;
  private readonly copiesDir: string | undefined;
  private readonly copyRefreshDelayMs: number | undefined;
  private readonly log: ((line: string) => void) | undefined;
  private shared: OpenShared | null = null;
  private readonly listeners = new Set<RoutedListener>();
  private readonly statusListeners = new Set<(status: RemoteStatus) => void>();

  constructor(options: WorkbookRouterOptions) {
    this.session = options.session;
    this.local = options.dispatch;
    const downloads = createDownloadSaver(options.session.shell);
    const { outboxDir, log } = options;
    this.remoteOptions = { downloads, outboxDir, log };
    this.outboxDir = outboxDir;
    this.copiesDir = options.copiesDir;
    this.copyRefreshDelayMs = options.copyRefreshDelayMs;
    this.log = log;
    this.connectRemote = options.connect ?? ((target) => RemoteWorkbook.open({ ...target, downloads, outboxDir, log }));
    this.session.onEvent((event, payload) => {
      // A local workbook was opened (Filer → Åbn, the recent list): the shared one is left.
      if (event === 'workbook.opened') void this.leaveShared();
      this.emit(event, payload);
    });
  }

  /** The shared workbook open now, if any. */
  get remote(): RemoteWorkbook | null {
    return this.shared?.remote ?? null;
  }

  /** Events for the window: the local session's, or the server's while a shared workbook is open. */
  onEvent(listener: RoutedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The shared workbook's connection coming and going (the shell shows a lost one). */
  onRemoteStatus(listener: (status: RemoteStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /** The window's title: the file, and for a shared workbook the server and who is online. */
  windowTitle(): string | null {
    const shared = this.shared;
    if (!shared) {
      const current = this.session.current;
      return current ? windowTitle({ fileName: current.fileName }) : null;
    }
    const presence = shared.remote.presence;
    return windowTitle({
      fileName: shared.info.fileName,
      shared: {
        host: shared.entry.host,
        connection: shared.remote.status.state,
        online: presence ? presence.online.map((m) => m.name).filter((name) => name !== presence.me.name) : null,
        outbox: this.outboxDir ? shared.remote.outboxCounts : undefined,
      },
    });
  }

  readonly dispatch: Dispatch = async (channel, input) => {
    if (channel === 'workbook.openShared' || channel === 'workbook.openRecentShared') return this.openSharedCall(channel, input);
    if (channel === 'workbook.openStartup') return this.openStartup(input);
    const shared = this.shared;
    if (!shared || !isChannel(channel) || ALWAYS_LOCAL.has(channel)) return this.local(channel, input);
    // The Konflikter list is this machine's outbox for the shared workbook, not the server's.
    if (CONFLICT_CHANNELS.has(channel)) return answerConflictCall(shared.remote, channel, input);
    if (channel === 'user.set') {
      const { name, role } = shared.remote.member;
      return failure('refused', `I en delt arbejdsbog er du den, invitationen lyder på (${name}, ${role}). Navn og rolle på denne computer ændres, når en lokal arbejdsbog er åben`);
    }
    // Without the server, this machine's copy answers (reads, documents, changes queued for later).
    const answer = shared.copy?.serving ? await shared.copy.dispatch(channel, input) : await shared.remote.invoke(channel, input);
    if (channel === 'app.state' && answer.ok) return { ok: true, value: this.sharedState(shared, answer.value as AppState) };
    // Documents from the server are saved here, where the save dialog opens (remote/downloads.ts),
    // not beside the workbook in a folder of the server's.
    if (channel === 'reports.options' && answer.ok) return { ok: true, value: { ...(answer.value as ReportOptions), folder: this.session.shell.documentsDir } };
    return answer;
  };

  /** Closes the shared workbook's connection (the app quits). */
  async close(): Promise<void> {
    await this.leaveShared();
  }

  // ---- Opening -------------------------------------------------------------------------

  private async openSharedCall(channel: 'workbook.openShared' | 'workbook.openRecentShared', input: unknown): Promise<Envelope<unknown>> {
    const parsed = validateInput(channel, input);
    if (!parsed.ok) return parsed;
    try {
      if (channel === 'workbook.openShared') {
        const { server, workbook, code, remember } = parsed.value as { server: string; workbook: string; code: string; remember: boolean };
        return { ok: true, value: await this.openShared(server, workbook, code, remember) };
      }
      return { ok: true, value: await this.openRecentShared((parsed.value as { id: string }).id) };
    } catch (error) {
      if (error instanceof RemoteFailure) return failure('refused', error.message);
      throw error;
    }
  }

  private async openRecentShared(id: string): Promise<WorkbookInfo> {
    const entry = this.session.settings.sharedWorkbook(id);
    if (!entry) throw new RemoteFailure('Den delte arbejdsbog er ikke blandt de seneste', false);
    const code = this.session.settings.sharedCode(id);
    if (!code) throw new RemoteFailure(`Koden til ${entry.workbook} er ikke gemt på denne computer. Åbn den under Filer → Åbn delt arbejdsbog…`, false);
    try {
      return await this.openShared(entry.server, entry.workbook, code, true);
    } catch (error) {
      // Refused for good (revoked, or a new code): the kept code is of no use any more.
      if (error instanceof RemoteFailure && !error.retry) this.session.settings.forgetSharedCode(id);
      if (error instanceof RemoteFailure && error.retry) {
        const offline = await this.openSharedOffline(entry, code, error.message);
        if (offline) return offline;
      }
      throw error;
    }
  }

  /**
   * Logs in and connects, then leaves what was open: a failed attempt leaves the open workbook
   * as it was. The code is kept only when asked to, and only encrypted.
   */
  private async openShared(server: string, workbook: string, code: string, remember: boolean): Promise<WorkbookInfo> {
    return this.adoptShared(await this.connectRemote({ server, workbook, code }), server, code, remember);
  }

  /**
   * The server cannot be reached as the workbook is opened (a meeting room without network):
   * opened from this machine's copy, if there is one, while the connection is tried again.
   */
  private async openSharedOffline(entry: SharedWorkbookEntry, code: string, reason: string): Promise<WorkbookInfo | null> {
    if (!this.copiesDir || !this.outboxDir) return null;
    if (!fs.existsSync(localCopyPath(this.copiesDir, new URL(entry.server).origin, entry.workbook))) return null;
    const remote = RemoteWorkbook.startOffline(
      { server: entry.server, workbook: entry.workbook, code, ...this.remoteOptions },
      { name: entry.memberName, role: entry.role },
      reason,
    );
    return this.adoptShared(remote, entry.server, code, true);
  }

  private async adoptShared(remote: RemoteWorkbook, server: string, code: string, remember: boolean): Promise<WorkbookInfo> {
    let shared: OpenShared | null = null;
    const copy = this.copiesDir
      ? new OfflineCopy({
          remote, folder: this.copiesDir, shell: this.session.shell, nativeBinding: this.session.nativeBinding,
          emit: (event, payload) => {
            if (shared && this.shared === shared) this.emit(event, payload);
          },
          log: this.log, refreshDelayMs: this.copyRefreshDelayMs,
        })
      : null;
    let state: Envelope<unknown>;
    try {
      state = copy?.serving ? await copy.dispatch('app.state', {}) : await remote.invoke('app.state', {});
      if (!state.ok || !(state.value as AppState).workbook) throw new RemoteFailure(state.ok ? 'Serveren har ingen arbejdsbog åben' : state.error.message, false);
    } catch (error) {
      copy?.close();
      await remote.close();
      throw error;
    }
    await this.leaveShared();
    // The local workbook is let go (its lock too): the window shows one workbook at a time.
    this.session.close();
    const entry = this.session.settings.rememberShared({ server, workbook: remote.workbook, memberName: remote.member.name, role: remote.member.role }, remember ? code : null);
    const info = sharedInfo((state.value as AppState).workbook!, entry);
    shared = { remote, entry, info, copy, served: copy?.serving ?? false };
    const opened: OpenShared = shared;
    this.shared = opened;
    remote.onEvent((event, payload) => {
      if (this.shared === opened) this.emit(event, payload);
    });
    remote.onStatus((status) => void this.statusChanged(opened, status));
    // The outbox's counts are shown where the connection is: the listeners read the title again.
    remote.onOutbox((counts) => {
      if (this.shared !== opened) return;
      for (const listener of this.statusListeners) listener(remote.status);
      this.tellOffline(opened);
      this.emit('conflicts.changed', counts);
      void this.servingChanged(opened);
    });
    // The first copy for reading offline (when nothing made in an earlier copy is still waiting).
    void copy?.refresh();
    this.emit('workbook.opened', info);
    // The server said who is online as the socket opened, before anyone here listened.
    if (remote.presence) this.emit('workbook.presence', remote.presence);
    this.tellOffline(opened);
    return info;
  }

  /**
   * Without the server nobody can be shown online: the window's header says instead that the
   * workbook is not connected and how many changes wait. (Connected again, the server's own
   * word on who is online replaces it.)
   */
  private tellOffline(shared: OpenShared): void {
    const remote = shared.remote;
    if (this.shared !== shared || remote.status.state === 'connected') return;
    const presence = remote.presence ?? { server: remote.server, workbook: remote.workbook, me: remote.member, online: [] };
    this.emit('workbook.presence', { ...presence, online: [], offline: { waiting: remote.outboxCounts.waiting } });
  }

  private async statusChanged(shared: OpenShared, status: RemoteStatus): Promise<void> {
    if (this.shared !== shared) return;
    for (const listener of this.statusListeners) listener(status);
    this.tellOffline(shared);
    if (status.state === 'closed' && status.message) {
      // Refused for good (revoked): the kept code is of no use, and rather than a window whose
      // every call fails, the local workbook comes back (the shell says why).
      this.session.settings.forgetSharedCode(shared.entry.id);
      this.shared = null;
      shared.copy?.discard();
      await this.local('workbook.openStartup', {});
      return;
    }
    if (shared.copy) {
      await this.servingChanged(shared);
      return;
    }
    if (status.state === 'connected' && status.resumed) {
      // Back after a break: what changed meanwhile was never sent, so every sheet reads again.
      const state = await shared.remote.invoke('app.state', {});
      if (this.shared !== shared || !state.ok || !(state.value as AppState).workbook) return;
      shared.info = sharedInfo((state.value as AppState).workbook!, shared.entry);
      this.emit('workbook.opened', shared.info);
    }
  }

  /**
   * The copy stopped answering: connected again, and every change made in it answered by the
   * server. A fresh copy is fetched, and every sheet reads again – from the server, which now
   * holds those changes and whatever others made meanwhile.
   */
  private async servingChanged(shared: OpenShared): Promise<void> {
    const copy = shared.copy;
    if (!copy || this.shared !== shared) return;
    const serving = copy.serving;
    if (serving === shared.served) return;
    shared.served = serving;
    if (serving) return;
    await copy.refresh();
    const state = await shared.remote.invoke('app.state', {});
    if (this.shared !== shared || !state.ok || !(state.value as AppState).workbook) return;
    shared.info = sharedInfo((state.value as AppState).workbook!, shared.entry);
    this.emit('workbook.opened', shared.info);
  }

  /** On start: the shared workbook used last, when its code is kept; otherwise the local start-up. */
  private async openStartup(input: unknown): Promise<Envelope<unknown>> {
    if (this.shared) return { ok: true, value: this.shared.info };
    const last = this.session.current ? null : this.session.settings.lastShared;
    if (last?.codeRemembered) {
      try {
        return { ok: true, value: await this.openRecentShared(last.id) };
      } catch {
        // The server is away or refuses: start with the local workbook as always.
      }
    }
    return this.local('workbook.openStartup', input);
  }

  private async leaveShared(): Promise<void> {
    const shared = this.shared;
    if (!shared) return;
    this.shared = null;
    shared.copy?.close();
    await shared.remote.close();
  }

  /** The server's state as the window needs it: this machine's recent files. */
  private sharedState(shared: OpenShared, state: AppState): AppState {
    return { ...state, workbook: state.workbook ? sharedInfo(state.workbook, shared.entry) : null, recentFiles: this.session.settings.recentFiles };
  }

  private emit(event: string, payload: unknown): void {
    for (const listener of this.listeners) listener(event, payload);
  }
}

/** The server's info about its workbook, with the address the user knows instead of the server's path. */
function sharedInfo(info: WorkbookInfo, entry: SharedWorkbookEntry): WorkbookInfo {
  // The name on the server, also while this machine's copy (named for its folder) answers.
  return { ...info, path: `${entry.server}/${entry.workbook}`, fileName: entry.workbook, shared: { server: entry.server, host: entry.host } };
}
