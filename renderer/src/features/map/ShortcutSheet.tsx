import { Kbd, Modal, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const MOD = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl';

/** Every shortcut the map answers to, in one place the user can look up with "?". */
export const SHORTCUTS: { keys: string[]; label: string }[] = [
  { keys: ['N'], label: 'shortcuts.addPerson' },
  { keys: ['shortcuts.doubleClick'], label: 'shortcuts.addPersonHere' },
  { keys: ['Delete', 'Backspace'], label: 'shortcuts.delete' },
  { keys: [`${MOD}+Z`], label: 'shortcuts.undo' },
  { keys: [`${MOD}+Shift+Z`, 'Ctrl+Y'], label: 'shortcuts.redo' },
  { keys: ['R'], label: 'history.reason.shortcut' },
  { keys: [`${MOD}+F`], label: 'shortcuts.find' },
  { keys: [`${MOD}+click`], label: 'shortcuts.multiSelect' },
  { keys: ['shortcuts.shiftDrag'], label: 'shortcuts.boxSelect' },
  { keys: ['Shift+1'], label: 'shortcuts.fit' },
  { keys: [`${MOD}+K`], label: 'shortcuts.search' },
  { keys: [`${MOD}+I`], label: 'shortcuts.logContact' },
  { keys: [`${MOD}+N`], label: 'shortcuts.newAccount' },
  { keys: [`${MOD}+,`], label: 'shortcuts.settings' },
  { keys: ['?'], label: 'shortcuts.sheet' },
];

export function ShortcutSheet({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('shortcuts.title')} centered>
      <Table data-testid="shortcut-sheet">
        <Table.Tbody>
          {SHORTCUTS.map(({ keys, label }) => (
            <Table.Tr key={label}>
              <Table.Td>{t(label)}</Table.Td>
              <Table.Td>
                {keys.map((key) => (
                  <Kbd key={key} mr={4}>
                    {key.startsWith('shortcuts.') ? t(key) : key}
                  </Kbd>
                ))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
