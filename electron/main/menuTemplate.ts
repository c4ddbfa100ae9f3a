import type { MenuItemConstructorOptions } from 'electron';
import { ACTIONS, menuChords, type ActionId, type ActionSpec } from '../../shared/actions/actions';
import { acceleratorOf, type Platform } from '../../shared/actions/chords';
import type { FileCommand, MenuCommand } from '../../shared/api/bridge';
import type { Language } from '../../shared/domain/enums';
import { RESOURCES } from '../../shared/i18n';
import type { ShellStrings } from './shellText';

/** What the menu needs from the running shell; a plain object, so the menu can be built in a test. */
export interface MenuContext {
  appName: string;
  platform: Platform;
  isDev: boolean;
  language: Language;
  strings: ShellStrings;
  recent: readonly string[];
  /** `byKey`: the item was reached by its accelerator rather than clicked. */
  send(command: MenuCommand, byKey: boolean): void;
  runFile(command: FileCommand): void;
  openRecent(file: string): void;
  clearRecent(): void;
}

/** A registry label in the menu's language: the same words the palette and the sheet show. */
export function actionLabel(spec: ActionSpec, language: Language): string {
  const text = spec.label
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], RESOURCES[language]);
  return typeof text === 'string' ? text : spec.id;
}

/**
 * A registry action as menu items: the visible one with the first accelerator, and hidden twins
 * for further ones (Ctrl+Y beside Ctrl+Shift+Z), so the menu stays tidy and every key works.
 */
function actionItems(spec: ActionSpec, context: MenuContext): MenuItemConstructorOptions[] {
  const id = spec.id as ActionId;
  const label = actionLabel(spec, context.language);
  const click: MenuItemConstructorOptions['click'] = (_item, _window, event) =>
    context.send(id, event.triggeredByAccelerator === true);
  const [first, ...more] = menuChords(spec, context.platform);
  return [
    { id, label, ...(first ? { accelerator: acceleratorOf(first) } : {}), click },
    ...more.map((chord) => ({
      id: `${id}:${chord}`,
      label,
      accelerator: acceleratorOf(chord),
      visible: false,
      acceleratorWorksWhenHidden: true,
      click,
    })),
  ];
}

const actionsIn = (menu: NonNullable<ActionSpec['menu']>, context: MenuContext): MenuItemConstructorOptions[] =>
  ACTIONS.filter((spec: ActionSpec) => spec.menu === menu).flatMap((spec) => actionItems(spec, context));

export function menuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const { strings: t, recent, appName } = context;
  const isMac = context.platform === 'mac';
  const run = (command: FileCommand) => () => context.runFile(command);
  const settings = actionsIn('settings', context);
  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      { role: 'about', label: t.about },
      { type: 'separator' },
      ...settings,
      { type: 'separator' },
      { role: 'services', label: t.services },
      { type: 'separator' },
      { role: 'hide', label: t.hide },
      { role: 'hideOthers', label: t.hideOthers },
      { role: 'unhide', label: t.showAll },
      { type: 'separator' },
      { role: 'quit', label: `${t.quit} ${appName}` },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: t.file,
    submenu: [
      { label: t.newDatabase, click: run('new-database') },
      { label: t.openDatabase, accelerator: 'CmdOrCtrl+O', click: run('open-database') },
      {
        label: t.openRecent,
        submenu:
          recent.length === 0
            ? [{ label: t.noRecent, enabled: false }]
            : [
                ...recent.map((file) => ({ label: file, click: () => context.openRecent(file) })),
                { type: 'separator' as const },
                { label: t.clearRecent, click: () => context.clearRecent() },
              ],
      },
      { label: t.saveCopy, accelerator: 'CmdOrCtrl+Shift+S', click: run('save-copy') },
      { type: 'separator' },
      ...actionsIn('file', context),
      ...(isMac
        ? []
        : [
            { type: 'separator' } as const,
            ...settings,
            { type: 'separator' } as const,
            { role: 'quit', label: t.quit } as const,
          ]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      ...actionsIn('edit', context),
      { type: 'separator' },
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      ...actionsIn('view', context),
      { type: 'separator' },
      ...(context.isDev
        ? [
            { role: 'reload', label: t.reload } as const,
            { role: 'toggleDevTools', label: t.devTools } as const,
            { type: 'separator' } as const,
          ]
        : []),
      { role: 'resetZoom', label: t.resetZoom },
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t.fullScreen },
    ],
  };
  const window: MenuItemConstructorOptions = { role: 'windowMenu', label: t.window };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: t.help,
    submenu: [...actionsIn('help', context), ...(isMac ? [] : [{ role: 'about', label: t.about } as const])],
  };
  return [...(isMac ? [appMenu] : []), file, edit, view, window, help];
}
