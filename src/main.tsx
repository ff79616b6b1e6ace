import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { PartBoundary } from './ui/part-boundary';
import './app/app.css';
import './app/print.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    {/* The last line of defence: every pane has its own boundary (issue #18). */}
    <PartBoundary part="The viewer">
      <App />
    </PartBoundary>
  </StrictMode>,
);
