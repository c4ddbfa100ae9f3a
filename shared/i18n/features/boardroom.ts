import type { DeepStrings } from '../deepStrings';

/** Strings of the map picture export and the account review; the zh-CN objects must have the same keys. */
export const mapPictureEn = {
  title: 'Export a picture of the map',
  format: 'Format',
  png: 'PNG image',
  svg: 'SVG (vector, editable)',
  scale: 'Size',
  scaleHint: '2× is sharp on slides and high-resolution screens; 3× for print.',
  extent: 'What to draw',
  wholeMap: 'The whole map',
  selection_one: 'The selected item',
  selection_other: 'The {{count}} selected items',
  noSelection: 'The selection (nothing is selected)',
  privateHint: 'Off, the picture leaves out private notes and their markers.',
  save: 'Export',
};

export const mapPictureZhCN: DeepStrings<typeof mapPictureEn> = {
  title: '导出权力地图图片',
  format: '格式',
  png: 'PNG 图片',
  svg: 'SVG（矢量，可编辑）',
  scale: '尺寸',
  scaleHint: '2× 在幻灯片和高分屏上清晰；打印请选 3×。',
  extent: '导出范围',
  wholeMap: '整张地图',
  selection_one: '选中的 {{count}} 项',
  selection_other: '选中的 {{count}} 项',
  noSelection: '选中的内容（当前未选中任何内容）',
  privateHint: '不勾选时，图片不含私人备注及其标记。',
  save: '导出',
};
