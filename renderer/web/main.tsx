// The browser's page (web.html): logs in with the invitation code, then puts the server's socket
// where the app's preload would be (window.arbejdsbog) and shows the very same App.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../app/App';
import type { LoginAnswer } from '../../shared/api/socket-protocol';
import { ConnectionNotice, createConnectionStore } from './ConnectionNotice';
import { currentLogin, logOut, socketUrl } from './login-api';
import { LoginScreen } from './LoginScreen';
import { saveDownload } from './save-download';
import { createSocketBridge, type SocketBridge } from './socket-bridge';
import '../grid/grid-setup';
import '../styles.css';
import './web.css';

const element = document.getElementById('root');
if (!element) throw new Error('Mangler #root');
const root = createRoot(element);
const connection = createConnectionStore();
let bridge: SocketBridge | null = null;

function showLogin(reason: string | null): void {
  bridge?.close();
  bridge = null;
  delete window.arbejdsbog;
  document.title = 'Log ind – Arbejdsbogen';
  root.render(
    <StrictMode>
      <LoginScreen reason={reason} onLoggedIn={showWorkbook} />
    </StrictMode>,
  );
}

function showWorkbook(login: LoginAnswer): void {
  bridge?.close();
  const socket = createSocketBridge({
    url: socketUrl(),
    onState: (state) => {
      connection.set(state);
      if (state.kind === 'loggedOut' && bridge === socket) showLogin('Dit login er udløbet, eller invitationen er trukket tilbage. Log ind igen.');
    },
    onDownload: saveDownload,
    stillLoggedIn: async () => (await currentLogin()) !== null,
  });
  bridge = socket;
  window.arbejdsbog = {
    ...socket,
    logOut: () => void logOut().then(() => showLogin('Du er logget ud.')),
  };
  document.title = `${login.workbook.replace(/\.arbejdsbog$/, '')} – Arbejdsbogen`;
  root.render(
    <StrictMode>
      <ConnectionNotice store={connection} onRetry={() => bridge?.retryNow()} />
      <App />
    </StrictMode>,
  );
}

currentLogin().then(
  (login) => (login ? showWorkbook(login) : showLogin(null)),
  () => root.render(<div className="loading">Serveren kan ikke nås. Tjek din netværksforbindelse, og genindlæs siden.</div>),
);
