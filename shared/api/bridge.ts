// The single bridge the preload exposes to the renderer (as window.arbejdsbog).
import type { Envelope } from './envelope';
import type { WorkbookInfo } from '../domain/workbook';
import type { StoredRow, WorkbookChange } from './workbook-change';
import type { UserProfile } from '../domain/user';
import type { OutboxCountsPayload } from '../domain/refused-change';

export interface AppEvents {
  /** The workbook changed (an edit, undo or redo): sheets update the rows it names, or reload. */
  'workbook.changed': WorkbookChange;
  /** Another workbook was opened (menu, dialog). */
  'workbook.opened': WorkbookInfo;
  /** A menu item the renderer acts on; sharedId: the recent shared workbook to open (its code is asked for). */
  'menu.command': { command: MenuCommand; sharedId?: string };
  /** A shared workbook: who is online now (sent on every connect and disconnect). Never for a local file. */
  'workbook.presence': WorkbookPresence;
  /** A shared workbook without its server: the rows changed on this machine that wait to be sent (none once sent). */
  'workbook.pending': PendingRows;
  /** A shared workbook's outbox: how many changes wait and how many the server refused (the Konflikter list). */
  'conflicts.changed': OutboxCountsPayload;
}

/** Rows a change made offline touched, as stored in this machine's copy (row: after, or before for a removal). */
export interface PendingRows {
  rows: Array<{ table: string; id: number; row: StoredRow | null }>;
}

export interface WorkbookPresence {
  /** The server's origin (https://arbejdsbog.kommune.dk). */
  server: string;
  /** The workbook's file name on the server. */
  workbook: string;
  /** The member this connection logged in as. */
  me: UserProfile;
  /** Everyone with the workbook open now, each member once (me included). */
  online: UserProfile[];
  /** Set by the app while the server cannot be reached: how many changes wait here to be sent. */
  offline?: { waiting: number };
}

export type MenuCommand = 'undo' | 'redo' | 'about' | 'restoreBackup' | 'editUser' | 'openShared' | 'conflicts' | 'importProgramme';
export type AppEventName = keyof AppEvents;
export const APP_EVENT_NAMES: readonly AppEventName[] = ['workbook.changed', 'workbook.opened', 'menu.command', 'workbook.presence', 'workbook.pending', 'conflicts.changed'];

export interface ArbejdsbogBridge {
  invoke(channel: string, input: unknown): Promise<Envelope<unknown>>;
  on<E extends AppEventName>(event: E, listener: (payload: AppEvents[E]) => void): () => void;
  /** 'browser': files a call saves arrive as the browser's downloads (no dialog, nothing opened). */
  readonly files?: 'browser';
  /** Ends the login to a shared workbook (the browser client); absent in the app. */
  readonly logOut?: () => void;
}

/** The IPC channel names the preload and main process agree on. */
export const IPC_INVOKE = 'arbejdsbog:invoke';
export const IPC_EVENT = 'arbejdsbog:event';
