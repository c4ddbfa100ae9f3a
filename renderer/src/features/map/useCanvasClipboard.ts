import { useReactFlow, type Edge } from '@xyflow/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { MapView } from '../../../../shared/api/entities';
import { clip, heldClipping, holdClipping, planPaste, type Clipping } from './clipboard';
import type { MapFlowNode } from './flowTypes';
import type { MapCommands } from './useMapCommands';
import { useAction } from '../../actions/useAction';

/** Copy, paste and duplicate of the selected cards (Ctrl/⌘ + C, V, D). */
export function useCanvasClipboard(view: MapView, commands: MapCommands, readOnly: boolean): void {
  const { t } = useTranslation();
  const flow = useReactFlow<MapFlowNode, Edge>();

  const selectedIds = () =>
    flow
      .getNodes()
      .filter((node) => node.selected)
      .map((node) => node.id);
  const copy = () => {
    const ids = selectedIds();
    if (ids.length === 0) return;
    const clipping = clip(view, ids);
    holdClipping(clipping);
    notifications.show({ message: t('arrange.copied', { count: clipping.entries.length }), autoClose: 1500 });
  };
  const paste = (clipping: Clipping | null) => {
    if (readOnly || !clipping || clipping.entries.length === 0) return;
    const plan = planPaste(clipping, view);
    if (plan.place.length + plan.copy.length > 0) void commands.paste(plan, t('arrange.copySuffix'));
  };
  const anySelected = () => selectedIds().length > 0;
  useAction('map.copy', copy, anySelected);
  useAction(
    'map.paste',
    () => paste(heldClipping()),
    () => !readOnly && (heldClipping()?.entries.length ?? 0) > 0,
  );
  useAction(
    'map.duplicate',
    () => paste(clip(view, selectedIds())),
    () => !readOnly && anySelected(),
  );
}
