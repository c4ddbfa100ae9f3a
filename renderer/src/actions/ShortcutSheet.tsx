import { Kbd, Modal, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { shortcutSheetRows } from '../../../shared/actions/sheet';
import { PLATFORM } from './platform';

const ROWS = shortcutSheetRows(PLATFORM);

/** Every shortcut the app answers to, read from the action registry; "?" opens it. */
export function ShortcutSheet({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('shortcuts.title')} centered>
      <Table data-testid="shortcut-sheet">
        <Table.Tbody>
          {ROWS.map(({ id, label, keys }) => (
            <Table.Tr key={label} data-action={id ?? undefined} data-testid="shortcut-row">
              <Table.Td>{t(label)}</Table.Td>
              <Table.Td>
                {keys.map((key) => {
                  const text = 'text' in key ? key.text : t(key.labelKey);
                  return (
                    <Kbd key={text} mr={4}>
                      {text}
                    </Kbd>
                  );
                })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
