import { useEffect } from 'react';
import { ACTIONS, chordsOf } from '../../../shared/actions/actions';
import { matchesChord } from '../../../shared/actions/chords';
import { endsTyping, focusPlace, isPrintable, mayFire, TypingRun } from '../../../shared/actions/keyGuard';
import { PLATFORM } from './platform';
import { runAction } from './registry';

const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Meta', 'Alt', 'AltGraph', 'CapsLock']);

/**
 * The app's one keyboard listener for shortcuts: each key press is matched against the registry
 * and runs the first action that may fire and can run here. It listens on the window after the
 * page's own handlers, so a field or dialog that used a key (and prevented its default) keeps it.
 */
export function useActionKeys(): void {
  useEffect(() => {
    const typing = new TypingRun();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing || MODIFIER_KEYS.has(event.key)) return;
      const printable = isPrintable(event);
      const now = performance.now();
      if (!printable && endsTyping(event.key)) typing.end();
      if (event.defaultPrevented) {
        if (printable) typing.typed(now);
        return;
      }
      const place = focusPlace(event.target instanceof Element ? event.target : null);
      const intoNothing = typing.active(now);
      const ran = ACTIONS.some((spec) =>
        chordsOf(spec, PLATFORM).some(
          (chord) =>
            matchesChord(chord, event, PLATFORM) && mayFire(spec, chord, place, intoNothing) && runAction(spec.id),
        ),
      );
      if (ran) event.preventDefault();
      else if (printable) typing.typed(now);
    };
    const onPointerDown = () => typing.end();
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('pointerdown', onPointerDown, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('pointerdown', onPointerDown, true);
    };
  }, []);
}
