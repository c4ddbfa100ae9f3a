import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatList } from '../../app/listFormat';
import type { TFunction } from 'i18next';
import { ANALYSIS_DIMENSIONS, HORIZONS, STANCES, INFLUENCE_MAX } from '../../../../shared/domain/enums';
import { gridCellOf } from '../../../../shared/domain/influenceStanceGrid';
import { api } from '../../api/client';
import { applyLanguageSetting } from '../../i18n';
import { localToday, formatCalendarDate } from '../../app/localDate';
import { ApiError } from '../../../../shared/api/errors';
import { SEVERITIES } from '../../../../shared/domain/insights/types';
import { STANCE_COLOR } from '../map/stanceStyle';
import { appTranslate } from '../mapPicture/ExportPictureDialog';
import { renderMapSvg } from '../mapPicture/renderSvg';
import { actionPrefill, insightExplanation, insightPrinciple, insightTitle } from '../insights/insightText';
import { analysisParties, cellText } from '../plan/analysisTable';
import { goalTitle } from '../plan/goalText';
import { personName } from '../plan/format';
import { coverageColumns, coverageGroups, coverageStrengths, strengthCode } from '../views/coverageModel';
import { loadReview, type ReviewData } from './loadReview';
import type { ReviewRequest } from '../../../../shared/domain/reviewRoute';
import './review.css';

const STATUS_COLOR = { red: '#e03131', amber: '#f08c00', green: '#2f9e44' } as const;

/**
 * The account review laid out for paper (A4 or Letter, landscape), one part to a page: the cover
 * with the profile, the power map, influence × stance, coverage, open insights, the action plan
 * and the analysis sheet. Read in the public scope unless private notes were ticked. When it is
 * drawn (fonts too) the page says so on <html data-review-ready>, for the desktop shell's
 * printToPDF; in a browser tab opened to print, it opens the print dialog itself.
 */
export function AccountReview({ request }: { request: ReviewRequest }) {
  const { t, i18n } = useTranslation();
  const [data, setData] = useState<ReviewData | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const scope = request.includePrivate ? 'owner' : 'public';
    void (async () => {
      try {
        const settings = await api.call('settings.get', {}, scope);
        await applyLanguageSetting(settings.language);
        const loaded = await loadReview(request.accountId, scope);
        if (live) setData(loaded);
      } catch (caught) {
        if (live) setError(i18n.t(`errors.${caught instanceof ApiError ? caught.code : 'internal'}`));
      }
    })();
    return () => {
      live = false;
    };
  }, [request, i18n]);

  useEffect(() => {
    if (!data) return;
    document.title = `${data.account.name} — ${t('review.title')}`;
    let live = true;
    void document.fonts.ready.then(() => {
      if (!live) return;
      document.documentElement.dataset.reviewReady = 'true';
      if (request.print) window.print();
    });
    return () => {
      live = false;
    };
  }, [data, request.print, t]);

  if (error)
    return (
      <p role="alert" className="pm-review-message">
        {error}
      </p>
    );
  if (!data) return <p className="pm-review-message">{t('review.loading')}</p>;
  return <ReviewPages data={data} request={request} t={t} language={i18n.language} />;
}

interface PagesProps {
  data: ReviewData;
  request: ReviewRequest;
  t: TFunction;
  language: string;
}

function ReviewPages({ data, request, t, language }: PagesProps) {
  const today = localToday();
  const day = (date: string) => formatCalendarDate(date, language);
  const peopleById = new Map(data.people.map((person) => [person.id, person]));
  const membersById = new Map(data.team.map((member) => [member.id, member]));
  const status = data.insights.status;
  const map = data.map;
  const picture = map ? renderMapSvg(map, { t: appTranslate, title: `${data.account.name} — ${map.map.name}` }) : null;
  const onMap = map ? data.people.filter((person) => map.people.some((p) => p.id === person.id)) : data.people;
  const open = data.insights.insights
    .filter((insight) => insight.state === null)
    .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  const openActions = data.actions
    .filter((action) => action.status === 'todo' || action.status === 'doing')
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
  const overdue = openActions.filter((action) => action.dueDate !== null && action.dueDate < today);
  const lastReview = [...data.reviews].sort((a, b) => b.heldOn.localeCompare(a.heldOn))[0];
  const strengths = coverageStrengths(data.relations);
  const columns = coverageColumns(
    data.team,
    data.accountTeam,
    map?.members ?? [],
    new Set([...strengths.keys()].map((key) => key.slice(0, key.indexOf('>')))),
  );
  const parties = analysisParties(data.competitors, t);
  const hasAnalysis = data.cells.some((cell) => cell.text.trim());

  return (
    <main className="pm-review" data-paper={request.paper} lang={language} data-testid="account-review">
      <div className="pm-review-toolbar">
        <button type="button" onClick={() => window.print()}>
          {t('review.print')}
        </button>
      </div>

      <section className="pm-review-page pm-review-cover" aria-labelledby="review-cover-title">
        <p className="pm-review-kicker">{t('review.title')}</p>
        <h1 id="review-cover-title">{data.account.name}</h1>
        <p>{t('review.preparedOn', { date: day(today) })}</p>
        {request.includePrivate && (
          <p className="pm-review-private" data-testid="review-private">
            {t('review.privateIncluded')}
          </p>
        )}
        <div className="pm-review-status">
          <span className="pm-review-light" style={{ background: STATUS_COLOR[status.status] }} aria-hidden />
          <div>
            <strong>
              {t('review.status')}
              {t('common.colon')}
              {t(`insights.status.label.${status.status}`)}
            </strong>
            <ul>
              {status.reasons.map((reason) => (
                <li key={reason.code}>{t(`insights.status.reason.${reason.code}`, { count: reason.count })}</li>
              ))}
            </ul>
          </div>
        </div>
        <h2>{t('review.profile')}</h2>
        <table className="pm-review-facts">
          <tbody>
            <tr>
              <th>{t('plan.profile.tier')}</th>
              <td>{t(`enums.tier.${data.account.tier}`)}</td>
              <th>{t('plan.profile.stage')}</th>
              <td>{t(`plan.stage.${data.account.stage}`)}</td>
            </tr>
            <tr>
              <th>{t('plan.profile.relationshipType')}</th>
              <td>{t(`plan.relationshipType.${data.account.relationshipType}`)}</td>
              <th>{t('plan.profile.potential')}</th>
              <td>{t('plan.profile.potentialLevel', { level: data.account.potential })}</td>
            </tr>
            <tr>
              <th>{t('plan.profile.orgStep')}</th>
              <td>{t(`plan.orgStep.${data.account.orgStep}`)}</td>
              <th>{t('plan.profile.competitors')}</th>
              <td>
                {formatList(
                  data.competitors.map((c) => c.name),
                  language,
                ) || '—'}
              </td>
            </tr>
          </tbody>
        </table>
        <p>
          {[
            t('review.onMap', { count: onMap.length }),
            t('review.keyPlayers', { count: status.keyPlayers }),
            ...(status.keyPlayers > 0 ? [t('review.supporters', { count: status.keySupporters })] : []),
          ].join(' · ')}
        </p>
        {data.accountTeam.length > 0 && (
          <>
            <h2>{t('review.team')}</h2>
            <p>
              {data.accountTeam
                .map((entry) => {
                  const member = membersById.get(entry.memberId);
                  return member
                    ? t('review.memberRole', { name: member.name, role: t(`coverageView.teamRole.${entry.role}`) })
                    : '';
                })
                .filter(Boolean)
                .join(' · ')}
            </p>
          </>
        )}
      </section>

      <section className="pm-review-page" aria-labelledby="review-map-title">
        <h2 id="review-map-title">
          {t('review.map')}
          {map && map.map.name !== t('review.map') ? ` — ${map.map.name}` : ''}
        </h2>
        {picture && picture.count > 0 ? (
          // Our own renderer's SVG (every text escaped), inline so its text stays text in the PDF.
          <div className="pm-review-map" dangerouslySetInnerHTML={{ __html: picture.svg }} />
        ) : (
          <p>{t('review.mapEmpty')}</p>
        )}
      </section>

      <section className="pm-review-page" aria-labelledby="review-grid-title">
        <h2 id="review-grid-title">{t('views.grid')}</h2>
        <table className="pm-review-grid">
          <thead>
            <tr>
              <th scope="col">
                {t('review.influence')} \ {t('review.stance')}
              </th>
              {STANCES.map((stance) => (
                <th scope="col" key={stance} style={{ color: STANCE_COLOR[stance] }}>
                  {t(`enums.stance.${stance}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: INFLUENCE_MAX }, (_, row) => (
              <tr key={row}>
                <th scope="row">{INFLUENCE_MAX - row}</th>
                {STANCES.map((stance, column) => (
                  <td key={stance}>
                    {onMap
                      .filter((person) => {
                        const cell = gridCellOf(person);
                        return cell.row === row && cell.column === column;
                      })
                      .map((person) => (
                        <span key={person.id} className="pm-review-chip" style={{ borderColor: STANCE_COLOR[stance] }}>
                          {personName(person)}
                          <small>{t(`enums.role.${person.role}`)}</small>
                        </span>
                      ))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="pm-review-page" aria-labelledby="review-coverage-title">
        <h2 id="review-coverage-title">{t('views.coverage')}</h2>
        {columns.length === 0 ? (
          <p>{t('review.coverageEmpty')}</p>
        ) : (
          <table className="pm-review-table pm-review-coverage">
            <thead>
              <tr>
                <th scope="col">{t('coverageView.theirPeople')}</th>
                {columns.map((column) => (
                  <th scope="col" key={column.member.id}>
                    {column.member.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {coverageGroups(onMap).flatMap((group) =>
                group.people.map((person) => {
                  const best = Math.max(0, ...columns.map((c) => strengths.get(`${c.member.id}>${person.id}`) ?? 0));
                  const decider = person.role === 'decision_maker' || person.role === 'approver';
                  return (
                    <tr key={person.id} className={decider && best === 0 ? 'pm-review-warn' : undefined}>
                      <th scope="row">
                        {personName(person)} <small>{t(`enums.role.${person.role}`)}</small>
                        {decider && best === 0 && <small> · {t('coverageView.uncovered')}</small>}
                      </th>
                      {columns.map((column) => {
                        const strength = strengths.get(`${column.member.id}>${person.id}`) ?? 0;
                        return (
                          <td key={column.member.id} data-strength={strengthCode(strength)}>
                            {strength > 0 ? t(`coverageView.strength.${strengthCode(strength)}`) : ''}
                          </td>
                        );
                      })}
                    </tr>
                  );
                }),
              )}
            </tbody>
          </table>
        )}
      </section>

      <section className="pm-review-page" aria-labelledby="review-insights-title">
        <h2 id="review-insights-title">{t('review.insights')}</h2>
        {open.length === 0 ? (
          <p>{t('review.insightsEmpty')}</p>
        ) : (
          <ol className="pm-review-insights">
            {open.map((insight) => (
              <li key={`${insight.rule}:${insight.subject}`} data-severity={insight.severity}>
                <strong>{insightTitle(insight, t)}</strong>
                <p>
                  <em>{insightPrinciple(insight, t)}</em>
                </p>
                <p>{insightExplanation(insight, t)}</p>
                <p>
                  {t('review.suggested', {
                    action: actionPrefill(insight, t).title,
                    date: day(insight.action.dueDate),
                  })}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="pm-review-page" aria-labelledby="review-plan-title">
        <h2 id="review-plan-title">{t('plan.sheet.title')}</h2>
        <h3>{t('review.goals')}</h3>
        {data.goals.length === 0 ? (
          <p>{t('review.goalsEmpty')}</p>
        ) : (
          <div className="pm-review-horizons">
            {[...HORIZONS, null].map((horizon) => {
              const goals = data.goals.filter((goal) => goal.horizon === horizon);
              if (goals.length === 0) return null;
              return (
                <div key={horizon ?? 'none'}>
                  <h4>{horizon ? t(`plan.horizon.${horizon}`) : t('plan.noHorizon')}</h4>
                  <ul>
                    {goals.map((goal) => (
                      <li key={goal.id}>
                        {goalTitle(goal, t)}
                        {goal.personId && peopleById.get(goal.personId)
                          ? ` — ${personName(peopleById.get(goal.personId) ?? { name: '', title: '' })}`
                          : ''}
                        <small>
                          {' '}
                          · {t(`plan.goalStatus.${goal.status}`)}
                          {goal.dueDate ? ` · ${day(goal.dueDate)}` : ''}
                        </small>
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </div>
        )}
        <h3>
          {t('review.openActions')}
          {overdue.length > 0 && (
            <span className="pm-review-late"> · {t('review.overdueCount', { count: overdue.length })}</span>
          )}
        </h3>
        {openActions.length === 0 ? (
          <p>{t('review.actionsEmpty')}</p>
        ) : (
          <table className="pm-review-table">
            <thead>
              <tr>
                <th scope="col">{t('plan.columns.title')}</th>
                <th scope="col">{t('plan.columns.people')}</th>
                <th scope="col">{t('plan.columns.owner')}</th>
                <th scope="col">{t('plan.columns.due')}</th>
                <th scope="col">{t('plan.columns.status')}</th>
              </tr>
            </thead>
            <tbody>
              {openActions.map((action) => {
                const late = action.dueDate !== null && action.dueDate < today;
                return (
                  <tr key={action.id} className={late ? 'pm-review-warn' : undefined}>
                    <td>{action.title}</td>
                    <td>
                      {formatList(
                        action.personIds
                          .map((id) => peopleById.get(id))
                          .filter((person) => person !== undefined)
                          .map(personName),
                        language,
                      )}
                    </td>
                    <td>{action.ownerMemberId ? (membersById.get(action.ownerMemberId)?.name ?? '') : ''}</td>
                    <td>
                      {action.dueDate ? day(action.dueDate) : ''}
                      {late ? ` · ${t('plan.sheet.overdue')}` : ''}
                    </td>
                    <td>{t(`plan.actionStatus.${action.status}`)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <h3>{t('review.lastReview')}</h3>
        {lastReview ? (
          <dl className="pm-review-lastreview">
            <dt>{t('plan.columns.heldOn')}</dt>
            <dd>{day(lastReview.heldOn)}</dd>
            <dt>{t('plan.columns.evaluated')}</dt>
            <dd>{lastReview.evaluated}</dd>
            <dt>{t('plan.columns.decided')}</dt>
            <dd>{lastReview.decided}</dd>
          </dl>
        ) : (
          <p>{t('review.noReview')}</p>
        )}
      </section>

      <section className="pm-review-page" aria-labelledby="review-analysis-title">
        <h2 id="review-analysis-title">{t('plan.analysis.title')}</h2>
        {!hasAnalysis ? (
          <p>{t('review.analysisEmpty')}</p>
        ) : (
          <table className="pm-review-table pm-review-analysis">
            <thead>
              <tr>
                <th scope="col">{t('plan.analysis.dimension')}</th>
                {parties.map((party) => (
                  <th scope="col" key={party.key}>
                    {party.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ANALYSIS_DIMENSIONS.map((dimension) => (
                <tr key={dimension}>
                  <th scope="row">{t(`plan.analysis.dimensions.${dimension}`)}</th>
                  {parties.map((party) => (
                    <td key={party.key}>{cellText(data.cells, party, dimension)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </main>
  );
}
