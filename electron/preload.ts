// The preload: one generic bridge, nothing else. It runs sandboxed with context isolation,
// so the page gets only these two functions, never ipcRenderer itself.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { APP_EVENT_NAMES, IPC_EVENT, IPC_INVOKE, type AppEventName, type ArbejdsbogBridge } from '../shared/api/bridge';

const bridge: ArbejdsbogBridge = {
  invoke: (channel, input) => ipcRenderer.invoke(IPC_INVOKE, channel, input),
  on: (event, listener) => {
    if (!APP_EVENT_NAMES.includes(event)) throw new Error(`Ukendt hændelse: ${String(event)}`);
    const handler = (_e: IpcRendererEvent, name: AppEventName, payload: unknown) => {
      if (name === event) (listener as (p: unknown) => void)(payload);
    };
    ipcRenderer.on(IPC_EVENT, handler);
    return () => ipcRenderer.removeListener(IPC_EVENT, handler);
  },
};

contextBridge.exposeInMainWorld('arbejdsbog', bridge);
