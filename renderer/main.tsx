import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { takeTokenFromAddress } from './lib/api';
// Every stylesheet loads with the first screen, though pages load lazily: no page is ever
// shown unstyled, and rules cascade in the order they always have (the pages' own first,
// then the app's). A new stylesheet goes in this list (tests/unit/build/renderer-bundle.test.ts checks).
import './pages/reports/reports.css';
import './pages/compliance/compliance.css';
import './components/Tabs.css';
import './pages/members/members.css';
import './pages/newsletters/newsletters.css';
import './pages/groups/groups.css';
import './pages/settings/settings.css';
import './pages/programmes/programmes.css';
import './pages/outcomes/outcomes.css';
import './pages/outcomes/hand-over.css';
import './pages/outcomes/measure-plans.css';
import './pages/privacy/privacy.css';
import './pages/protection/protection.css';
import './styles.css';

takeTokenFromAddress();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
