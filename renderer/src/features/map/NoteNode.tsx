import { memo, useEffect, useState } from 'react';
import type { Node, NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { MapNote } from '../../../../shared/api/entities';
import type { NoteColor } from '../../../../shared/domain/enums';
import { TEXT_LIMITS } from '../../../../shared/api/text';
import classes from './NoteNode.module.css';
import { NOTE_BACKGROUND } from './drawing';
import { useReadOnly } from './readOnlyContext';
import { useNodeActions } from './nodeActionsContext';

export type NoteNodeData = { note: MapNote };
export type NoteFlowNode = Node<NoteNodeData, 'note'>;

const EDIT_NOTE = 'powermap:edit-note';

/** Opens a note for writing, as a double-click does: Enter on the focused note (useCanvasKeyboard). */
export const requestNoteEdit = (noteId: string) =>
  window.dispatchEvent(new CustomEvent<string>(EDIT_NOTE, { detail: noteId }));

/** A sticky note or free text for workshops; double-click (or Enter on it) to write. */
function NoteNodeView({ id, data, selected, width, height }: NodeProps<NoteFlowNode>) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const readOnly = useReadOnly();
  const { onEditNote } = useNodeActions();
  useEffect(() => {
    const onRequest = (event: Event) => {
      if ((event as CustomEvent<string>).detail === id && !readOnly) setEditing(true);
    };
    window.addEventListener(EDIT_NOTE, onRequest);
    return () => window.removeEventListener(EDIT_NOTE, onRequest);
  }, [id, readOnly]);
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
            if (event.currentTarget.value !== note.text) onEditNote(note, event.currentTarget.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              // Back to the note on the canvas, not to the page: the keyboard user goes on from here.
              event.currentTarget.closest<HTMLElement>('.react-flow__node')?.focus({ preventScroll: true });
              setEditing(false);
            }
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
