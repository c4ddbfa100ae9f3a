import { useMemo } from 'react';
import {
  Autocomplete,
  CloseButton,
  type CloseButtonProps,
  Combobox,
  ScrollArea,
  createTheme,
  darken,
  DEFAULT_THEME,
  MultiSelect,
  Select,
  TagsInput,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { readableOn } from './contrast';

/** Filled backgrounds one shade darker than Mantine's default, so white text on them reads at AA. */
const PRIMARY_SHADE = { light: 8, dark: 8 } as const;

/** A picker's option list scrolls without a focusable viewport of its own. */
const OPTION_LIST_SCROLL = { viewportProps: {} };

function buildTheme(closeLabel: string) {
  return createTheme({
    primaryColor: 'indigo',
    primaryShade: PRIMARY_SHADE,
    defaultRadius: 'md',
    // Black text on light fills (yellow, green, teal…), white on dark ones: the switch point is
    // where both sides keep 4.5:1.
    autoContrast: true,
    luminanceThreshold: 0.179,
    // Latin faces first so English punctuation keeps Latin widths; CJK faces cover 中文.
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
    components: {
      // A closed dropdown is not kept in the page: hidden, each one still laid out its scroll area
      // and positioned itself, which made a large map open noticeably slower.
      Combobox: Combobox.extend({ defaultProps: { keepMounted: false } }),
      // A scrolled list of things that take no focus themselves can still be scrolled by keyboard.
      ScrollArea: ScrollArea.extend({ defaultProps: { viewportProps: { tabIndex: 0 } } }),
      ScrollAreaAutosize: ScrollArea.Autosize.extend({ defaultProps: { viewportProps: { tabIndex: 0 } } }),
      // …except the option lists of pickers: the arrow keys move through them, and a focusable
      // box between a listbox and its options breaks the listbox for a screen reader.
      Select: Select.extend({ defaultProps: { scrollAreaProps: OPTION_LIST_SCROLL } }),
      MultiSelect: MultiSelect.extend({ defaultProps: { scrollAreaProps: OPTION_LIST_SCROLL } }),
      Autocomplete: Autocomplete.extend({ defaultProps: { scrollAreaProps: OPTION_LIST_SCROLL } }),
      TagsInput: TagsInput.extend({ defaultProps: { scrollAreaProps: OPTION_LIST_SCROLL } }),
      // Every modal, drawer and notification closes with an icon only: say what it does.
      // (CloseButtonProps leaves out the button's own attributes, which it passes on to the button.)
      CloseButton: CloseButton.extend({ defaultProps: { 'aria-label': closeLabel } as Partial<CloseButtonProps> }),
    },
  });
}

/** The theme, its close buttons named in the language in use. */
export function useAppTheme() {
  const { t } = useTranslation();
  const closeLabel = t('common.close');
  // A new theme object re-renders everything: only when the language changes.
  return useMemo(() => buildTheme(closeLabel), [closeLabel]);
}

const colors = DEFAULT_THEME.colors;
const shade = (tuple: MantineColorsTuple, index: number) => tuple[index] ?? tuple[9];

/**
 * Mantine's coloured text (c="red", light and outline variants, dimmed) sits at 2–4:1 on white for
 * half its colours; every one is moved just far enough to read at WCAG AA on the surfaces it is
 * used on (white, the light gray of cards, its own light background), in both schemes.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => {
  const light: Record<string, string> = {};
  const dark: Record<string, string> = {};
  const lightSurfaces = [colors.gray[0], '#ffffff'];
  const darkSurfaces = [colors.dark[7], colors.dark[6], colors.dark[8]];
  for (const [name, tuple] of Object.entries(colors)) {
    const text = readableOn(shade(tuple, PRIMARY_SHADE.light), [...lightSurfaces, shade(tuple, 0)], 'darken');
    light[`--mantine-color-${name}-text`] = text;
    light[`--mantine-color-${name}-outline`] = text;
    light[`--mantine-color-${name}-light-color`] = readableOn(
      shade(tuple, 9),
      [shade(tuple, 1), shade(tuple, 2)],
      'darken',
    );
    const darkText = readableOn(shade(tuple, 4), darkSurfaces, 'lighten');
    dark[`--mantine-color-${name}-text`] = darkText;
    dark[`--mantine-color-${name}-outline`] = darkText;
    dark[`--mantine-color-${name}-light-color`] = readableOn(
      shade(tuple, 0),
      [...darkSurfaces, darken(shade(tuple, 9), 0.5), darken(shade(tuple, 9), 0.3)],
      'lighten',
    );
  }
  // Dimmed text also sits on a selected or hovered row's blue (blue[1]).
  light['--mantine-color-dimmed'] = readableOn(
    colors.gray[6],
    [colors.gray[1], colors.gray[0], colors.blue[1]],
    'darken',
  );
  // Dimmed text also sits on hovered rows and group headings (default-hover, dark[5]).
  dark['--mantine-color-dimmed'] = readableOn(colors.dark[2], [...darkSurfaces, colors.dark[5]], 'lighten');
  // A placeholder is the only text some pickers show (a date not yet chosen): it reads at AA too.
  light['--mantine-color-placeholder'] = readableOn(colors.gray[5], ['#ffffff'], 'darken');
  dark['--mantine-color-placeholder'] = readableOn(colors.dark[3], [colors.dark[6], colors.dark[7]], 'lighten');
  light['--mantine-color-anchor'] = light['--mantine-color-indigo-text'] ?? colors.indigo[8];
  dark['--mantine-color-anchor'] = dark['--mantine-color-indigo-text'] ?? colors.indigo[4];
  return { variables: {}, light, dark };
};
