import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks <div id="root">');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
