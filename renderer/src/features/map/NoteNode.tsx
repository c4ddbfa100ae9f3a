import { memo, useState } from 'react';
import type { Node, NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { MapNote } from '../../../../shared/api/entities';
import type { NoteColor } from '../../../../shared/domain/enums';
import { TEXT_LIMITS } from '../../../../shared/api/text';
import classes from './NoteNode.module.css';
import { NOTE_BACKGROUND } from './drawing';
import { useReadOnly } from './readOnlyContext';

export type NoteNodeData = { note: MapNote; onEdit(note: MapNote, text: string): void };
export type NoteFlowNode = Node<NoteNodeData, 'note'>;

/** A sticky note or free text for workshops; double-click to write. */
function NoteNodeView({ data, selected, width, height }: NodeProps<NoteFlowNode>) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const readOnly = useReadOnly();
  const { note } = data;
  const sticky = note.kind === 'sticky';
  return (
    <div
      className={sticky ? classes.sticky : classes.text}
      style={{ width, height, background: sticky ? NOTE_BACKGROUND[note.color as NoteColor] : undefined }}
      data-selected={selected || undefined}
      data-testid="map-note"
      onDoubleClick={() => !readOnly && setEditing(true)}
    >
      {editing && !readOnly ? (
        <textarea
          className={`${classes.editor} nodrag nowheel`}
          defaultValue={note.text}
          maxLength={TEXT_LIMITS.note}
          autoFocus
          aria-label={t('notes.text')}
          onBlur={(event) => {
            setEditing(false);
            if (event.currentTarget.value !== note.text) data.onEdit(note, event.currentTarget.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setEditing(false);
            event.stopPropagation();
          }}
        />
      ) : (
        <div className={classes.body}>
          {note.text || <span className={classes.placeholder}>{t('notes.placeholder')}</span>}
        </div>
      )}
    </div>
  );
}

export const NoteNode = memo(NoteNodeView);
