/** White on this shade reads at WCAG AA; on the theme's default shade, button-sized text does not. */
export const ACCESSIBLE_PRIMARY = 'indigo.8';
