import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-500.css';
import '@fontsource/inter/latin-700.css';
import '@xyflow/react/dist/base.css';
import './app/app.css';
import { App, appStarted } from './app/app';

const root = document.getElementById('root');
if (root === null) throw new Error('main: #root is missing from index.html');
// Rendered once the default map is loaded (see appStarted), in one task with its effects, as a
// store update would be (flushSync): until then index.html says "Loading map…".
void appStarted.finally(() => {
  flushSync(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
});
