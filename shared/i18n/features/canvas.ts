import type { DeepStrings } from '../deepStrings';

/**
 * What a screen reader says about the map canvas: each card and line named as a sighted user
 * reads it, the keys that move around it, and React Flow's own controls. The zh-CN object below
 * must have the same keys.
 */
export const canvasA11yEn = {
  separator: ', ',
  placeholder: 'Placeholder card, not yet identified',
  placeholderNamed: '{{name}} (placeholder card)',
  influence: 'influence {{level}} of {{max}}',
  filteredOut: 'outside the filter',
  member: 'Our team: {{name}}',
  orgUnit_one: 'Department {{name}}, {{count}} person',
  orgUnit_other: 'Department {{name}}, {{count}} people',
  collapsed: 'collapsed',
  stickyNote: 'Sticky note: {{text}}',
  freeText: 'Text: {{text}}',
  emptyNote: 'empty',
  unnamed: 'unnamed',
  line: {
    reports_to: '{{from}} reports to {{to}}',
    dotted_line: '{{from}} also reports to {{to}} (dotted line)',
    influences: '{{from}} influences {{to}}',
    ally: '{{from}} and {{to}} are allies',
    rival: '{{from}} and {{to}} are rivals',
    covers: '{{from}} of our team covers {{to}}',
  },
  lineStrength: 'strength: {{level}}',
  lineLabel: 'labelled “{{label}}”',
  nodeHelp:
    'Arrow keys go to the next card along a line, or else the nearest card that way. Home and End go to the first and last card. Enter opens the card, L steps through its lines, Alt with an arrow key moves the selected card, Escape clears the selection.',
  edgeHelp:
    'L goes to the next line of the card, Shift+L the one before. Enter opens the line, Escape goes back to the card.',
  lineOf: 'Line {{index}} of {{count}}: {{name}}',
  noLines: 'No lines on this card',
  moved_one: 'Moved {{name}} {{direction}}',
  moved_other: 'Moved {{count}} cards {{direction}}',
  direction: { up: 'up', down: 'down', left: 'left', right: 'right' },
  selectionCleared: 'Selection cleared',
  unitCollapsed: '{{name}} collapsed',
  unitExpanded: '{{name}} expanded',
  flow: {
    controls: 'Zoom controls',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fitView: 'Zoom to fit',
    interactive: 'Lock the map',
    minimap: 'Overview of the map',
    handle: 'Line handle: drag to another card to draw a line',
  },
};

export const canvasA11yZhCN: DeepStrings<typeof canvasA11yEn> = {
  separator: '，',
  placeholder: '角色占位卡，人选未定',
  placeholderNamed: '{{name}}（角色占位卡）',
  influence: '影响力 {{level}}/{{max}}',
  filteredOut: '不符合筛选条件',
  member: '我方团队：{{name}}',
  orgUnit_one: '部门 {{name}}，{{count}} 人',
  orgUnit_other: '部门 {{name}}，{{count}} 人',
  collapsed: '已折叠',
  stickyNote: '便签：{{text}}',
  freeText: '文字：{{text}}',
  emptyNote: '空白',
  unnamed: '未命名',
  line: {
    reports_to: '{{from}} 向 {{to}} 汇报',
    dotted_line: '{{from}} 虚线汇报给 {{to}}',
    influences: '{{from}} 影响 {{to}}',
    ally: '{{from}} 与 {{to}} 是盟友',
    rival: '{{from}} 与 {{to}} 是对手',
    covers: '我方 {{from}} 覆盖 {{to}}',
  },
  lineStrength: '强度：{{level}}',
  lineLabel: '标注“{{label}}”',
  nodeHelp:
    '方向键沿连线走到下一张卡片，没有连线时走到该方向最近的卡片。Home、End 跳到第一张和最后一张卡片。Enter 打开卡片，L 逐条查看它的连线，Alt 加方向键移动选中的卡片，Esc 取消选择。',
  edgeHelp: 'L 转到这张卡片的下一条连线，Shift+L 转到上一条。Enter 打开连线，Esc 回到卡片。',
  lineOf: '第 {{index}} 条连线，共 {{count}} 条：{{name}}',
  noLines: '这张卡片没有连线',
  moved_one: '已将 {{name}}{{direction}}移动',
  moved_other: '已将 {{count}} 张卡片{{direction}}移动',
  direction: { up: '向上', down: '向下', left: '向左', right: '向右' },
  selectionCleared: '已取消选择',
  unitCollapsed: '已折叠 {{name}}',
  unitExpanded: '已展开 {{name}}',
  flow: {
    controls: '缩放控件',
    zoomIn: '放大',
    zoomOut: '缩小',
    fitView: '缩放到全部可见',
    interactive: '锁定地图',
    minimap: '地图缩略图',
    handle: '连线手柄：拖到另一张卡片即可画线',
  },
};
