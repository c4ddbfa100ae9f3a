import { useMemo } from 'react';
import type { AriaLabelConfig } from '@xyflow/react';
import { useTranslation } from 'react-i18next';

/** React Flow's own labels (zoom buttons, overview, handles, descriptions) in the user's language. */
export function useFlowLabels(): Partial<AriaLabelConfig> {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(
    () => ({
      'node.a11yDescription.default': t('canvasA11y.nodeHelp'),
      'node.a11yDescription.keyboardDisabled': t('canvasA11y.nodeHelp'),
      'edge.a11yDescription.default': t('canvasA11y.edgeHelp'),
      'controls.ariaLabel': t('canvasA11y.flow.controls'),
      'controls.zoomIn.ariaLabel': t('canvasA11y.flow.zoomIn'),
      'controls.zoomOut.ariaLabel': t('canvasA11y.flow.zoomOut'),
      'controls.fitView.ariaLabel': t('canvasA11y.flow.fitView'),
      'controls.interactive.ariaLabel': t('canvasA11y.flow.interactive'),
      'minimap.ariaLabel': t('canvasA11y.flow.minimap'),
      'handle.ariaLabel': t('canvasA11y.flow.handle'),
    }),
    // t is the same function across languages; the language is what changes the words.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, language],
  );
}
