import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './grid/grid-setup';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('Mangler #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
