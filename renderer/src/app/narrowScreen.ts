import { useMediaQuery } from '@mantine/hooks';

/** A phone, or a window as narrow (Mantine's "sm" breakpoint, below which side panels fold away). */
const NARROW_SCREEN = '(max-width: 48em)';

/** Whether the window is that narrow, known at the first render (so nothing flashes open, then shut). */
export const useNarrowScreen = (): boolean =>
  useMediaQuery(NARROW_SCREEN, false, { getInitialValueInEffect: false }) ?? false;
