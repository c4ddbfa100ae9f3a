import { useCallback, useEffect, useState } from 'react';
import type { Route } from './App';

const HOME: Route = { screen: 'home' };

/** What Back should return to: the screen, without one-off requests such as "open this person". */
function remembered(route: Route): Route {
  return route.screen === 'account' ? { screen: 'account', accountId: route.accountId } : route;
}

function isRoute(value: unknown): value is Route {
  if (typeof value !== 'object' || value === null) return false;
  const screen = (value as { screen?: unknown }).screen;
  if (screen === 'home' || screen === 'myPlan') return true;
  return screen === 'account' && typeof (value as { accountId?: unknown }).accountId === 'string';
}

/**
 * The current screen, kept in the window's history so the browser's Back and Forward (and a
 * mouse's back button) move between screens instead of leaving the app for a blank page.
 */
export function useRouteHistory(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(() => {
    const state: unknown = history.state;
    return isRoute(state) ? state : HOME;
  });

  useEffect(() => {
    if (!isRoute(history.state)) history.replaceState(HOME, '');
    const onPop = (event: PopStateEvent) => setRoute(isRoute(event.state) ? event.state : HOME);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  // Electron does not turn a mouse's back and forward buttons into navigation; Chromium as a browser does.
  useEffect(() => {
    if (!window.powermap) return;
    const onMouseUp = (event: MouseEvent) => {
      if (event.button === 3) history.back();
      else if (event.button === 4) history.forward();
    };
    window.addEventListener('mouseup', onMouseUp);
    return () => window.removeEventListener('mouseup', onMouseUp);
  }, []);

  const navigate = useCallback((next: Route) => {
    history.pushState(remembered(next), '');
    setRoute(next);
  }, []);
  return [route, navigate];
}
