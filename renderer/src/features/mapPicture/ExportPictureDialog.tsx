import { useState } from 'react';
import { Button, Checkbox, Group, Modal, Radio, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { reportError } from '../../app/notify';
import { i18next } from '../../i18n';
import { download, exportFileName } from '../map/exportImage';
import { rasterise } from './rasterise';
import { renderMapSvg, type Translate } from './renderSvg';

export type PictureFormat = 'png' | 'svg';
const SCALES = ['1', '2', '3'] as const;

interface Props {
  opened: boolean;
  onClose(): void;
  mapId: string;
  /** Names the file and the picture. */
  mapName: string;
  format: PictureFormat;
  /** The cards, departments and notes selected on the canvas when the dialog opened. */
  selectedIds: ReadonlySet<string>;
}

export const appTranslate: Translate = (key, options) => i18next.t(key, options ?? {});

/**
 * The choices of a picture of the map: PNG or SVG, how large, the whole map or the selection, and
 * whether private notes may show (never unless ticked, for this export). The picture is drawn
 * from the backend's view of the map, which is private-free unless private notes are included.
 */
export function ExportPictureDialog({ opened, onClose, mapId, mapName, format: initialFormat, selectedIds }: Props) {
  const { t } = useTranslation();
  const [format, setFormat] = useState<PictureFormat>(initialFormat);
  const [scale, setScale] = useState<(typeof SCALES)[number]>('2');
  const [extent, setExtent] = useState<'map' | 'selection'>('map');
  const [includePrivate, setIncludePrivate] = useState(false);
  const [working, setWorking] = useState(false);
  // Each opening starts from the format asked for, the whole map and private notes left out.
  const [openedWith, setOpenedWith] = useState<string | null>(null);
  const key = opened ? `${initialFormat}:${[...selectedIds].join(',')}` : null;
  if (key !== openedWith) {
    setOpenedWith(key);
    if (opened) {
      setFormat(initialFormat);
      setExtent(selectedIds.size > 0 ? 'selection' : 'map');
      setIncludePrivate(false);
    }
  }

  const save = async () => {
    setWorking(true);
    try {
      const view = await api.call('exports.mapView', { mapId, includePrivate });
      const only = extent === 'selection' ? selectedIds : undefined;
      const picture = renderMapSvg(view, { t: appTranslate, only, title: mapName });
      if (picture.count === 0) {
        notifications.show({ message: t('exportImage.empty') });
        return;
      }
      const file = exportFileName(mapName, format);
      const blob =
        format === 'svg'
          ? new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${picture.svg}\n`], { type: 'image/svg+xml' })
          : await rasterise(picture, Number(scale));
      const url = URL.createObjectURL(blob);
      download(url, file);
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      notifications.show({ message: t('exportImage.done', { file }), autoClose: 3000 });
      onClose();
    } catch (error) {
      reportError(error);
    } finally {
      setWorking(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('mapPicture.title')} data-testid="export-picture-dialog">
      <Stack gap="md">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="picture-format-label">
            {t('mapPicture.format')}
          </Text>
          <SegmentedControl
            aria-labelledby="picture-format-label"
            value={format}
            onChange={(value) => setFormat(value as PictureFormat)}
            data={[
              { value: 'png', label: t('mapPicture.png') },
              { value: 'svg', label: t('mapPicture.svg') },
            ]}
          />
        </Stack>
        {format === 'png' && (
          <Stack gap={4}>
            <Text size="sm" fw={500} id="picture-scale-label">
              {t('mapPicture.scale')}
            </Text>
            <SegmentedControl
              aria-labelledby="picture-scale-label"
              value={scale}
              onChange={(value) => setScale(value as (typeof SCALES)[number])}
              data={SCALES.map((value) => ({ value, label: `${value}×` }))}
            />
            <Text size="xs" c="dimmed">
              {t('mapPicture.scaleHint')}
            </Text>
          </Stack>
        )}
        <Radio.Group
          label={t('mapPicture.extent')}
          value={extent}
          onChange={(value) => setExtent(value as 'map' | 'selection')}
        >
          <Stack gap={6} mt={6}>
            <Radio value="map" label={t('mapPicture.wholeMap')} />
            <Radio
              value="selection"
              disabled={selectedIds.size === 0}
              label={
                selectedIds.size === 0
                  ? t('mapPicture.noSelection')
                  : t('mapPicture.selection', { count: selectedIds.size })
              }
            />
          </Stack>
        </Radio.Group>
        <Checkbox
          checked={includePrivate}
          onChange={(event) => setIncludePrivate(event.currentTarget.checked)}
          label={t('history.includePrivate')}
          description={t('mapPicture.privateHint')}
          data-testid="picture-include-private"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void save()} loading={working} data-testid="picture-save">
            {t('mapPicture.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
