// What the server is started with, the limits it holds connections to, and the channels it
// refuses – kept apart from server.ts so that file holds the running server itself.

export interface ServerLimits {
  /** A frame larger than this is answered with a Danish error and not run. */
  maxFrameBytes: number;
  /** A connection whose unsent data grows beyond this is dropped (a client that does not read). */
  maxBufferedBytes: number;
  /** Calls one connection may have waiting before further ones are refused. */
  maxPendingCalls: number;
  /** Logins per address and window before the Danish "too many attempts". */
  loginsPerWindow: number;
  loginWindowMs: number;
  /** How long a login lasts. */
  sessionMs: number;
  /** How often a connection is pinged; one that has not answered the last ping is dropped. */
  pingMs: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  maxFrameBytes: 4 * 1024 * 1024,
  maxBufferedBytes: 16 * 1024 * 1024,
  maxPendingCalls: 64,
  loginsPerWindow: 10,
  loginWindowMs: 60_000,
  sessionMs: 12 * 60 * 60 * 1000,
  pingMs: 30_000,
};

export interface ServerOptions {
  folder: string;
  host?: string;
  port?: number;
  tls?: { cert: Buffer | string; key: Buffer | string };
  /**
   * The address members' browsers use (https://arbejdsbog.kommune.dk), when it is not this
   * server's own – behind a reverse proxy. The socket then accepts exactly this Origin.
   */
  publicOrigin?: string;
  /**
   * The reverse proxy's address(es) (e.g. "127.0.0.1"): only then is X-Forwarded-For believed,
   * so that login attempts are counted per member's address and not all as the proxy's.
   */
  trustProxy?: string;
  /** One line per start, stop, refused login and dropped connection. */
  log?: (line: string) => void;
  limits?: Partial<ServerLimits>;
  /** The built renderer served to browsers (default out/renderer). */
  rendererDir?: string;
}

export interface RunningServer {
  /** http(s)://host:port – also the Origin the socket accepts. */
  url: string;
  close(): Promise<void>;
}

/**
 * Channels a member may not call through the server: they name or open files on the server,
 * change the machine's user or its backups, or belong to the app's own window (opening a shared
 * workbook, the list of them in its settings, the Konflikter list of its outbox). Everything else is the workbook's own work; files a
 * call saves (documents, the Excel export, a copy) are sent to the member (downloads.ts).
 */
export const SERVER_REFUSED_CHANNELS: ReadonlySet<string> = new Set([
  'user.set', 'workbook.openStartup', 'workbook.newFromProgrammeDialog', 'workbook.newBlankDialog', 'workbook.openDialog',
  'workbook.openRecent', 'workbook.lock.takeOver', 'workbook.import.preview', 'workbook.import.create',
  'workbook.openShared', 'workbook.openRecentShared', 'workbook.sharedWorkbooks',
  'conflicts.list', 'conflicts.takeTheirs', 'conflicts.applyMine',
  'backups.restore', 'backups.createNow', 'backups.chooseFolder', 'backups.useDefaultFolder',
  'meetings.attachments.add', 'meetings.attachments.open',
]);
