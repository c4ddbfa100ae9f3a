import { preloadIn } from '../api/preload';
import { setScope } from '../api/scope';

/**
 * Presentation mode puts the whole window in the public scope: from then on every read is the
 * backend's public one and every write is refused there. What the screen shows is loaded in that
 * scope first, so the switch shows the public view at once and never a moment of the private one.
 */
export async function startPresenting(): Promise<void> {
  await preloadIn('public');
  setScope('public');
}

export function stopPresenting(): void {
  setScope('owner');
}
