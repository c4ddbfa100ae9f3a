import { memo } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { IconFlag, IconLock, IconSwords } from '@tabler/icons-react';
import { i18next } from '../../i18n';
import type { Person } from '../../../../shared/api/entities';
import { ACCESS_MAX, INFLUENCE_MAX, PROGRESS_STEPS } from '../../../../shared/domain/enums';
import { STANCE_COLOR } from './stanceStyle';
import { useFarOut } from './zoomContext';
import { InsightMarker } from '../insights/InsightMarker';
import { usePersonInsights } from '../insights/personInsightsContext';
import classes from './PersonNode.module.css';

export type PersonNodeData = { person: Person; stale?: boolean; dimmed?: boolean; language?: string };
export type PersonFlowNode = Node<PersonNodeData, 'person'>;

const STEPS_AFTER_NONE = PROGRESS_STEPS.slice(1);

/**
 * i18next's own t, not the hook: a thousand cards must not each subscribe to language changes.
 * A lookup costs about a tenth of a millisecond and a map of a thousand cards asks the same few
 * dozen keys thousands of times while it opens, so plain keys are remembered per language (the
 * resources are bundled and never change; a new language gives every card new data, and here a
 * fresh memory).
 */
const remembered = new Map<string, string>();
let rememberedLanguage = '';
function t(key: string, options?: Record<string, string>): string {
  if (options) return i18next.t(key, options);
  if (i18next.language !== rememberedLanguage) {
    remembered.clear();
    rememberedLanguage = i18next.language;
  }
  let text = remembered.get(key);
  if (text === undefined) {
    text = i18next.t(key);
    remembered.set(key, text);
  }
  return text;
}

/**
 * A stakeholder card as the power map draws it (docs/method.md): decision role top-left, stance bottom-right, name and
 * title in the middle; influence as pips, access, layer and 知连信用 progress along the bottom.
 */
function PersonNodeView({ data, selected }: NodeProps<PersonFlowNode>) {
  const simple = useFarOut();
  const { person, stale, dimmed } = data;
  const insights = usePersonInsights(person.id);
  const color = STANCE_COLOR[person.stance];
  const name = person.isPlaceholder && !person.name ? t('card.placeholder') : person.name;
  const common = {
    'data-testid': 'person-card',
    'data-selected': selected || undefined,
    'data-stale': stale || undefined,
    'data-dimmed': dimmed || undefined,
    'data-placeholder': person.isPlaceholder || undefined,
  };
  const handles = (
    <>
      <Handle type="target" position={Position.Top} className={classes.handle} />
      <Handle type="source" position={Position.Bottom} className={classes.handle} />
    </>
  );

  if (simple) {
    return (
      <div className={classes.simple} style={{ background: color }} {...common}>
        {handles}
        <div className={classes.simpleRole}>{t(`enums.role.${person.role}`)}</div>
        <div className={classes.simpleName}>{name}</div>
      </div>
    );
  }
  const progressIndex = PROGRESS_STEPS.indexOf(person.progress);
  return (
    <div className={classes.card} style={{ borderLeftColor: color }} {...common}>
      {handles}
      <div className={classes.row}>
        <span className={classes.role}>{t(`enums.role.${person.role}`)}</span>
        <span className={classes.markers}>
          {insights.length > 0 && <InsightMarker insights={insights} />}
          {person.role === 'coach' && <IconFlag size={13} aria-label={t('card.coach')} title={t('card.coach')} />}
          {person.competitorId && (
            <IconSwords
              size={13}
              className={classes.warn}
              aria-label={t('card.competitor')}
              title={t('card.competitor')}
            />
          )}
          {person.privateNotes.trim() && (
            <IconLock size={13} aria-label={t('card.privateNotes')} title={t('card.privateNotes')} />
          )}
          <span className={classes.pips} title={`${t('inspector.influence')} ${person.influence}/${INFLUENCE_MAX}`}>
            {Array.from({ length: INFLUENCE_MAX }, (_, i) => (
              <span key={i} className={classes.pip} data-on={i < person.influence || undefined} />
            ))}
          </span>
        </span>
      </div>
      <div className={classes.name} data-placeholder={person.isPlaceholder || undefined}>
        {name}
      </div>
      <div className={classes.title}>{person.title || '\u00a0'}</div>
      <div className={classes.row}>
        <span className={classes.facts}>
          <span className={classes.chip} title={t(`enums.layer.${person.layer}`)}>
            {t(`enums.layerShort.${person.layer}`)}
          </span>
          <span
            className={classes.access}
            title={t('card.access', { level: `${person.access} · ${t(`enums.access.${person.access}`)}` })}
          >
            {Array.from({ length: ACCESS_MAX }, (_, i) => (
              <span key={i} className={classes.bar} data-on={i < person.access || undefined} />
            ))}
          </span>
          <span
            className={classes.progress}
            title={t('card.progress', { step: t(`enums.progress.${person.progress}`) })}
          >
            {STEPS_AFTER_NONE.map((step, i) => (
              <span key={step} className={classes.step} data-on={i < progressIndex || undefined}>
                {t(`enums.progress.${step}`).slice(0, 1)}
              </span>
            ))}
          </span>
        </span>
        <span className={classes.stance} style={{ background: color }} title={t(`enums.stance.${person.stance}`)}>
          {t(`enums.stanceShort.${person.stance}`)}
        </span>
      </div>
      {stale && <span className={classes.staleMark} role="img" title={t('card.stale')} aria-label={t('card.stale')} />}
    </div>
  );
}

/**
 * A card draws only its data and whether it is selected; React Flow also hands it its position,
 * which changes on every tick of a drag, and the card need not be drawn again for that.
 */
export const PersonNode = memo(
  PersonNodeView,
  (before, after) => before.data === after.data && before.selected === after.selected,
);
