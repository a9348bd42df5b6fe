// Binds the dispatcher to Electron's IPC. Only calls from the app's own page are served.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { IPC_EVENT, IPC_INVOKE } from '../shared/api/bridge';
import type { Dispatch } from './app/dispatcher';
import type { RoutedListener } from './app/workbook-router';
import { isTrustedSender } from './security-policy';

/** onEvent: the events for the window (the local session's, or a shared workbook's server's). */
export function bindIpc(dispatch: Dispatch, onEvent: (listener: RoutedListener) => void, getWindow: () => BrowserWindow | null, isOwnPage: (url: string) => boolean): void {
  ipcMain.handle(IPC_INVOKE, (event: IpcMainInvokeEvent, channel: unknown, input: unknown) => {
    const frame = event.senderFrame;
    const isOurMainFrame = frame !== null && frame === getWindow()?.webContents.mainFrame;
    if (!isTrustedSender({ frameUrl: frame?.url ?? '', isOurMainFrame }, isOwnPage)) {
      return { ok: false, error: { code: 'refused', message: 'Kaldet kommer ikke fra Arbejdsbogens eget vindue' } };
    }
    return dispatch(channel, input);
  });
  onEvent((name, payload) => {
    getWindow()?.webContents.send(IPC_EVENT, name, payload);
  });
}
