import { useId, useState } from 'react';
import { BANDS, isAgeBand } from '../../bands.ts';
import { Link, Loading, PageHeading } from '../../ui.tsx';
import { BackToWave } from '../report/report-links.tsx';
import { LoadError } from '../fields.tsx';
import { getWave } from '../staff-calls.ts';
import { reportPath } from '../staff-routes.ts';
import type { Account, StaffWave } from '../staff-types.ts';
import { useApi } from '../use-api.ts';
import { reportCapabilitiesOf } from '../report/report-access.ts';
import { getComments } from '../report/report-calls.ts';
import type { StaffComment, Theme } from '../report/report-types.ts';
import { bandLabel } from '../report/report-view.ts';
import { CommentCard } from './comment-card.tsx';
import { filterComments, toReviewCount, type CommentFilter, type ReviewStatus } from './comments-view.ts';
import { SafeguardingTab } from './safeguarding-tab.tsx';
import { ThemeEditor } from './theme-editor.tsx';
import '../report/report.css';

type Tab = 'review' | 'safeguarding' | 'themes';

const TABS: { tab: Tab; label: string }[] = [
  { tab: 'review', label: 'Comments to review' },
  { tab: 'safeguarding', label: 'Safeguarding' },
  { tab: 'themes', label: 'Theme list' },
];

/**
 * The survey lead's review of children's comments (already redacted when they were sent):
 * confirm themes, approve a few as quotes, follow up flagged comments in a separate queue, and
 * keep the council's theme list.
 */
export function CommentsPage({ id, account }: { id: string; account: Account }) {
  const wave = useApi(`wave:${id}`, (signal) => getWave(id, signal));
  const [tab, setTab] = useState<Tab>('review');
  const base = useId();
  const can = reportCapabilitiesOf(account.role);

  const back = <BackToWave waveId={id} />;
  if (!can.reviewComments) {
    return (
      <section>
        {back}
        <PageHeading title="Comments">Children's comments</PageHeading>
        <p>Only the council's survey lead reviews children's comments. The approved quotes and themes are in the report.</p>
        <p>
          <Link to={reportPath(id)}>Open the report</Link>
        </p>
      </section>
    );
  }
  if (wave.state.kind === 'loading') return <Loading />;
  if (wave.state.kind === 'error') {
    return (
      <section>
        {back}
        <PageHeading title="Comments">Children's comments</PageHeading>
        <LoadError error={wave.state.error} onRetry={wave.reload} />
      </section>
    );
  }
  const current = wave.state.value;
  return (
    <section className="comments-page">
      {back}
      <p className="eyebrow">{current.councilName}</p>
      <PageHeading title={`Comments: ${current.label}`}>Children's comments: {current.label}</PageHeading>
      <p>
        Names, places and other details that could identify someone were masked before the comments were stored. Confirm the themes of each,
        and approve a few as quotes for the <Link to={reportPath(id)}>report</Link>.
      </p>
      <div role="tablist" aria-label="Comments" className="tabs">
        {TABS.map((t) => (
          <button
            key={t.tab}
            type="button"
            role="tab"
            id={`${base}-${t.tab}-tab`}
            aria-selected={tab === t.tab}
            aria-controls={`${base}-${t.tab}`}
            className="tab"
            onClick={() => setTab(t.tab)}
            data-testid={`tab-${t.tab}`}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-${tab}`} aria-labelledby={`${base}-${tab}-tab`}>
        {tab === 'review' && <ReviewTab wave={current} />}
        {tab === 'safeguarding' && <SafeguardingTab wave={current} />}
        {tab === 'themes' && <ThemeEditor councilId={current.councilId} />}
      </div>
    </section>
  );
}

function ReviewTab({ wave }: { wave: StaffWave }) {
  const queue = useApi(`comments:review:${wave.id}`, (signal) => getComments(wave.id, 'review', signal));
  const [filter, setFilterNow] = useState<CommentFilter>({ band: 'all', status: 'to_review' });
  // A comment changed here stays on screen until the filter changes, rather than vanishing
  // under the pointer as soon as its themes are confirmed.
  const [kept, setKept] = useState<ReadonlySet<string>>(new Set());
  const setFilter = (next: (f: CommentFilter) => CommentFilter) => {
    setFilterNow(next);
    setKept(new Set());
  };
  // Comments changed on this page, by id: the list shows them as the server last answered.
  const [changed, setChanged] = useState<Record<string, StaffComment>>({});
  const bandId = useId();
  const statusId = useId();

  if (queue.state.kind === 'loading') return <Loading>Loading comments…</Loading>;
  if (queue.state.kind === 'error') return <LoadError error={queue.state.error} onRetry={queue.reload} />;
  const themes: Theme[] = queue.state.value.themes;
  const comments = queue.state.value.comments.map((c) => changed[c.id] ?? c);
  const matching = new Set(filterComments(comments, filter).map((c) => c.id));
  const shown = comments.filter((c) => matching.has(c.id) || kept.has(c.id));
  const bands = BANDS.filter((b) => comments.some((c) => c.band === b));

  return (
    <>
      <div className="filters">
        <div className="field">
          <label htmlFor={bandId} className="field-label">
            Age band
          </label>
          <select
            id={bandId}
            className="select"
            value={filter.band}
            onChange={(e) => setFilter((f) => ({ ...f, band: isAgeBand(e.target.value) ? e.target.value : 'all' }))}
            data-testid="filter-band"
          >
            <option value="all">All age bands</option>
            {bands.map((b) => (
              <option key={b} value={b}>
                {bandLabel(b)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={statusId} className="field-label">
            Show
          </label>
          <select
            id={statusId}
            className="select"
            value={filter.status}
            onChange={(e) => setFilter((f) => ({ ...f, status: e.target.value as ReviewStatus }))}
            data-testid="filter-status"
          >
            <option value="to_review">To review ({toReviewCount(comments)})</option>
            <option value="reviewed">Reviewed</option>
            <option value="quotes">Approved quotes</option>
            <option value="all">All ({comments.length})</option>
          </select>
        </div>
      </div>
      {themes.length === 0 && (
        <p className="notice small">The council has no themes yet. Add some under "Theme list" so comments can be grouped.</p>
      )}
      {shown.length === 0 ? (
        <p className="muted" data-testid="no-comments">
          {comments.length === 0 ? 'No comments yet.' : 'No comments match.'}
        </p>
      ) : (
        <ul className="comment-list" data-testid="comment-list">
          {shown.map((c) => (
            <li key={c.id}>
              <CommentCard comment={c} themes={themes} onChanged={(next) => {
                  setChanged((all) => ({ ...all, [next.id]: next }));
                  setKept((k) => new Set(k).add(next.id));
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
