import { Combobox, createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  // Latin faces first so English punctuation keeps Latin widths; CJK faces cover 中文.
  fontFamily:
    '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
  components: {
    // A closed dropdown is not kept in the page: hidden, each one still laid out its scroll area
    // and positioned itself, which made a large map open noticeably slower.
    Combobox: Combobox.extend({ defaultProps: { keepMounted: false } }),
  },
});
