import initial from './001_initial';
import sampleTeam from './002_sample_team';
import search from './003_search';
import changeReasons from './004_change_reasons';
import privateSearch from './005_private_search';
import searchPause from './006_search_pause';
import dottedLines from './007_dotted_lines';
import assessmentReviews from './008_assessment_reviews';
import contactTotals from './009_contact_totals';
import insightsTouched from './010_insights_touched';
import teamSync from './011_team_sync';

/** Applied in order; entry N brings a database from user_version N to N + 1. Never edit one that shipped. */
export const MIGRATIONS: readonly string[] = [
  initial,
  sampleTeam,
  search,
  changeReasons,
  privateSearch,
  searchPause,
  dottedLines,
  assessmentReviews,
  contactTotals,
  insightsTouched,
  teamSync,
];
