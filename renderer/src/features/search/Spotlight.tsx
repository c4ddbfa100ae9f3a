import type { Route } from '../../app/App';

/** Placeholder until this part is built: search everything by one shortcut, and go there. */
export function Spotlight(props: { onNavigate(route: Route): void }) {
  void props;
  return null;
}
