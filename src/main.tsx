import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-500.css';
import '@fontsource/inter/latin-700.css';
import '@xyflow/react/dist/base.css';
import './app/app.css';
import { App } from './app/app';

const root = document.getElementById('root');
if (root === null) throw new Error('main: #root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
