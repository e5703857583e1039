/**
 * Renderer entry: mounts the workbench. Styles are imported here so Vite bundles them into one
 * stylesheet served from 'self' (the CSP allows no inline styles or scripts).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/articles.css';
import './styles/article.css';
import './styles/highlights.css';
import './styles/claims.css';
import './styles/overlays.css';
import './styles/imports.css';
import './styles/export.css';
import './styles/welcome.css';
import './styles/workspace.css';
import './styles/sync.css';
import './styles/settings.css';
import './styles/theme-dark.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
