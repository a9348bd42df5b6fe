import type { UserRole } from './user';

/** A shared workbook this machine has opened, as the window may see it: never the invitation code. */
export interface SharedWorkbookEntry {
  id: string;
  /** The server's origin, e.g. https://arbejdsbog.gladsaxe.dk:8443. */
  server: string;
  /** The server's host name, for "Delt · arbejdsbog.gladsaxe.dk". */
  host: string;
  /** The workbook's file name on the server. */
  workbook: string;
  /** Who the invitation is for, as the server said at the last login. */
  memberName: string;
  role: UserRole;
  /** Whether the code is kept (encrypted) on this machine, so opening asks for nothing. */
  codeRemembered: boolean;
}

export interface SharedWorkbookOverview {
  /** False where the system offers no safe encryption: the code is then asked for each time. */
  canRememberCode: boolean;
  entries: SharedWorkbookEntry[];
}
