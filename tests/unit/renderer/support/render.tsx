import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Route, Router, Switch } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { FlashProvider } from '../../../../renderer/components/Flash';
import { answerCalls } from '../bridge';

/**
 * Renders one page at `path`, inside the router and the flash messages as the app has them;
 * `answer` plays the main process (through window.peerDesk, see ../bridge). Returns the calls
 * made and the addresses visited.
 */
export function renderAt(path: string, routes: Record<string, ReactNode>, answer: (name: string, input: unknown) => unknown) {
  const calls = answerCalls(answer);
  const location = memoryLocation({ path, record: true });
  render(
    <Router hook={location.hook}>
      <FlashProvider>
        <Switch>
          {Object.entries(routes).map(([pattern, page]) => (
            <Route key={pattern} path={pattern}>
              {page}
            </Route>
          ))}
        </Switch>
      </FlashProvider>
    </Router>,
  );
  return { calls, location };
}

/** The arguments of every call to `name`. */
export function callsTo(calls: ReturnType<typeof answerCalls>, name: string): unknown[] {
  return calls.mock.calls.filter(([n]) => n === name).map(([, input]) => input);
}
