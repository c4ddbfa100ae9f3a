import { useEffect, useState } from 'react';
import { Overlay, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { openImport } from './importStore';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/** A file dropped anywhere on the window opens the import wizard with it; the window says so while dragging. */
export function FileDropTarget({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  useEffect(() => {
    if (!enabled) return;
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth++;
      setOver(true);
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const overWindow = (event: DragEvent) => {
      if (carriesFiles(event)) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setOver(false);
      const file = event.dataTransfer?.files[0];
      if (file) openImport(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', overWindow);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', overWindow);
      window.removeEventListener('drop', drop);
    };
  }, [enabled]);
  if (!over) return null;
  return (
    <Overlay fixed center backgroundOpacity={0.55} blur={2} zIndex={400}>
      <Text c="white" fw={600} size="lg" role="status">
        {t('imports.file.dropHere')}
      </Text>
    </Overlay>
  );
}
