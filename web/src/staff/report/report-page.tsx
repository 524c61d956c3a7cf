import { useId, type ReactNode } from 'react';
import { Link, Loading, PageHeading } from '../../ui.tsx';
import { BackToWave } from './report-links.tsx';
import { LoadError } from '../fields.tsx';
import { commentsPath, youSaidPath } from '../staff-routes.ts';
import type { Account } from '../staff-types.ts';
import { useApi } from '../use-api.ts';
import { groupYouSaid } from '../you-said/you-said-view.ts';
import { reportCapabilitiesOf } from './report-access.ts';
import { exportPath, getReport } from './report-calls.ts';
import { IntervalChart, RateChart } from './report-charts.tsx';
import type { BandComments, BandResults, DomainResults, Finding, ItemResult, ReportModel, StaffReport } from './report-types.ts';
import {
  anyShown,
  bandLabel,
  changesSinceLastYear,
  comparisonViews,
  countText,
  DOMAIN_LABEL,
  evidenceText,
  findingAnchor,
  findingsByBand,
  hiddenWhy,
  indicatorAnchor,
  indicatorHeadline,
  intervalRows,
  intervalText,
  MEASURE_LABEL,
  notComparableCount,
  rateChartModel,
  rateText,
  setAsideText,
  sortedThemes,
  type Thresholds,
} from './report-view.ts';
import './report.css';

/**
 * The annual report as the corporate parenting panel reads it: findings first, then how many took
 * part, the results by age band with their comparisons, what children said, change since last
 * year, the council's response and how the figures were made. Prints (or saves as a PDF) one
 * section to a page, charts as pictures.
 */
export function ReportPage({ id, account }: { id: string; account: Account }) {
  const report = useApi(`report:${id}`, (signal) => getReport(id, signal));
  const can = reportCapabilitiesOf(account.role);
  const back = <BackToWave waveId={id} />;
  if (report.state.kind === 'loading') return <Loading>Loading the report…</Loading>;
  if (report.state.kind === 'error') {
    return (
      <section>
        {back}
        <PageHeading title="Report">Report</PageHeading>
        <LoadError error={report.state.error} onRetry={report.reload} />
      </section>
    );
  }
  const { model } = report.state.value;
  return (
    <article className="report" data-testid="report">
      {back}
      <header className="report-cover">
        <p className="eyebrow">{model.council.name}</p>
        <PageHeading title={`Report: ${model.wave.label}`}>What children and young people told us: {model.wave.label}</PageHeading>
        <p className="lead">
          The "You Said" survey of children in care and care leavers.
          {model.previousWave ? ` Compared where possible with ${model.previousWave.label}.` : ' This is the first survey, so there is no earlier one to compare with.'}
        </p>
        <div className="actions no-print">
          <button type="button" className="button inline" onClick={() => window.print()} data-testid="print-report">
            Print or save as PDF
          </button>
          {can.reviewComments && (
            <Link to={commentsPath(id)} className="button secondary inline">
              Review comments
            </Link>
          )}
          {can.recordYouSaid && (
            <Link to={youSaidPath(id)} className="button secondary inline">
              You said, we will
            </Link>
          )}
        </div>
        {can.exports && (
          <p className="no-print small">
            Download:{' '}
            <a href={exportPath(id, 'figures.csv')} download data-testid="export-figures">
              every figure (CSV)
            </a>
            {' · '}
            <a href={exportPath(id, 'responses.csv')} download>
              responses (CSV)
            </a>
            {' · '}
            <a href={exportPath(id, 'codebook.csv')} download>
              codebook (CSV)
            </a>
          </p>
        )}
        <nav aria-label="Contents" className="report-contents no-print">
          <ol>
            <li><a href="#findings">Bright spots and areas for improvement</a></li>
            <li><a href="#taking-part">Who took part</a></li>
            <li><a href="#results">Results by age band</a></li>
            <li><a href="#what-children-said">What children said</a></li>
            <li><a href="#change">Change since last year</a></li>
            <li><a href="#you-said">You said, we will</a></li>
            <li><a href="#methods">How the survey was run</a></li>
          </ol>
        </nav>
      </header>
      <Findings model={model} />
      <TakingPart model={model} />
      <Results model={model} />
      <WhatChildrenSaid report={report.state.value} />
      <ChangeSinceLastYear model={model} />
      <YouSaidSection report={report.state.value} />
      <Methods model={model} />
    </article>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} className="report-section" aria-labelledby={`${id}-heading`} data-testid={`report-${id}`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

function Findings({ model }: { model: ReportModel }) {
  return (
    <Section id="findings" title="Bright spots and areas for improvement">
      <p>
        A bright spot is a figure clearly better than a comparison; an area for improvement is one clearly worse, or worrying on its own.
        "Clearly" means a difference of at least {model.options.minDifferencePoints} percentage points that is statistically significant. Each
        links to the figures behind it.
      </p>
      <div className="findings-grid">
        <FindingList title="Bright spots" testId="bright-spots" findings={model.brightSpots} model={model} empty="No figure was clearly better than its comparisons this time." />
        <FindingList
          title="Areas for improvement"
          testId="areas-for-improvement"
          findings={model.areasForImprovement}
          model={model}
          empty="No figure was clearly worse than its comparisons, or worrying on its own."
        />
      </div>
    </Section>
  );
}

function FindingList({ title, findings, model, empty, testId }: { title: string; findings: Finding[]; model: ReportModel; empty: string; testId: string }) {
  const headingId = useId();
  return (
    <section className="finding-list" aria-labelledby={headingId} data-testid={testId}>
      <h3 id={headingId}>
        {title} <span className="muted">({findings.length})</span>
      </h3>
      {findings.length === 0 && <p className="muted">{empty}</p>}
      {findingsByBand(findings, model.bands).map((group) => (
        <div key={group.band}>
          <h4>{bandLabel(group.band)}</h4>
          <ul className="findings">
            {group.findings.map((f) => (
              <li key={`${f.band}/${f.itemId}`} data-testid="finding">
                <a href={`#${findingAnchor(f)}`} className="finding-link">
                  {f.summary}
                </a>{' '}
                <span className="muted small">({DOMAIN_LABEL[f.domain] ?? f.domain})</span>
                <ul className="evidence">
                  {f.evidence.map((e) => (
                    <li key={`${e.indicatorId}/${e.basis}`}>{evidenceText(e, model.options)}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function TakingPart({ model }: { model: ReportModel }) {
  const t = model.options;
  const rates = model.responseRates;
  const chart = rateChartModel(model);
  const description = `Bar chart of the response rate in each age band against the ${Math.round(rates.targetRate * 100)}% target: ${rates.bands
    .map((r) => `${bandLabel(r.band)}, ${rateText(r, rates.targetRate, t)}`)
    .join('; ')}.`;
  return (
    <Section id="taking-part" title="Who took part">
      <div className="table-wrap">
        <table className="table" data-testid="rates-table">
          <caption>Completed surveys by age band, against the number of eligible children and the {Math.round(rates.targetRate * 100)}% target</caption>
          <thead>
            <tr>
              <th scope="col">Age band</th>
              <th scope="col" className="num">
                Responses
              </th>
              <th scope="col" className="num">
                Eligible
              </th>
              <th scope="col">Response rate</th>
            </tr>
          </thead>
          <tbody>
            {rates.bands.map((r) => (
              <tr key={r.band} data-testid={`rate-${r.band}`}>
                <th scope="row">{bandLabel(r.band)}</th>
                <td className="num">{countText(r.responses, t)}</td>
                <td className="num">{r.eligibleEntered && r.eligible ? countText(r.eligible, t) : <span className="muted">not entered</span>}</td>
                <td>{rateText(r, rates.targetRate, t)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">All bands</th>
              <td className="num">{countText(rates.overall.responses, t)}</td>
              <td className="num">{rates.overall.eligibleEntered && rates.overall.eligible ? countText(rates.overall.eligible, t) : ''}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      <RateChart model={chart} description={description} />
    </Section>
  );
}

function Results({ model }: { model: ReportModel }) {
  return (
    <Section id="results" title="Results by age band">
      <p>
        Each figure is the share of children who gave the positive (or the worrying) answer, out of those who answered. The range is a 95%
        interval: with numbers this small, the true figure could be anywhere in it. "Don't know" and "rather not say" are counted apart.
      </p>
      {model.bands.length === 0 && <p className="muted">No age band has results yet.</p>}
      {model.bands.map((band) => (
        <section key={band.band} className="report-band" aria-labelledby={`band-${band.band}`} data-testid={`band-${band.band}`}>
          <h3 id={`band-${band.band}`}>
            {bandLabel(band.band)} <span className="muted">· {countText(band.responses, model.options)} responses</span>
          </h3>
          {!anyShown(band) ? (
            <p className="notice" data-testid="band-nothing-shown">
              Too few children in this age band answered for any figure to be shown without risk of identifying them. Their answers still count
              in the council's totals where those can be shown safely.
            </p>
          ) : (
            band.domains.map((domain) => <DomainSection key={domain.domain} band={band} domain={domain} model={model} />)
          )}
        </section>
      ))}
    </Section>
  );
}

function DomainSection({ band, domain, model }: { band: BandResults; domain: DomainResults; model: ReportModel }) {
  const rows = intervalRows(domain.items, model.options);
  const name = DOMAIN_LABEL[domain.domain] ?? domain.domain;
  const label = `${bandLabel(band.band)}, ${name}`;
  const inWords = rows.map((r) => `${r.label.join(' ')}: ${r.share === null ? `${r.note}, not drawn` : `${Math.round(r.share)}%`}`).join('; ');
  return (
    <section className="report-domain" aria-label={label}>
      <h4>{name}</h4>
      {rows.length > 0 && <IntervalChart rows={rows} description={`Chart of each figure in ${label} with its 95% interval. ${inWords}.`} />}
      <DomainTable items={domain.items} model={model} caption={`${label}: each figure with its 95% interval and its three comparisons`} />
    </section>
  );
}

const COMPARISON_HEADINGS = ['Other councils', 'Last year', 'General population'] as const;

/**
 * One domain's results as a table: a row per indicator, its figure and interval in words, and
 * each comparison's verdict in words (with a mark, never colour alone). The question's answers,
 * and the "don't know" and "rather not say" kept out of the figure, sit under its name.
 */
function DomainTable({ items, model, caption }: { items: ItemResult[]; model: ReportModel; caption: string }) {
  const t: Thresholds = model.options;
  const previous = model.previousWave?.label ?? null;
  return (
    <div className="table-wrap">
      <table className="table results-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Question and answers</th>
            <th scope="col">This council</th>
            {COMPARISON_HEADINGS.map((h) => (
              <th key={h} scope="col">
                {h === 'Last year' && previous ? `Last year (${previous})` : h}
              </th>
            ))}
          </tr>
        </thead>
        {items.map((item) => {
          const setAside = setAsideText(item, t);
          const head = (
            <th scope="rowgroup" rowSpan={Math.max(1, item.indicators.length)} className="item-cell">
              <span className="item-summary">{item.summary}</span>
              <span className="answers small">
                {item.answers
                  .filter((a) => a.inBase)
                  .map((a) => `${a.label} ${countText(a.count, t)}`)
                  .join(' · ')}
                {isBaseShown(item) ? ` (${countText(item.base, t)} answered)` : ` (number who answered: ${countText(item.base, t)})`}
              </span>
              {setAside.length > 0 && <span className="answers small set-aside">Counted apart: {setAside.join(' · ')}</span>}
            </th>
          );
          return (
            <tbody key={item.itemId} className="item-rows" data-testid={`item-${item.itemId}`}>
              {item.indicators.length === 0 && (
                <tr>
                  {head}
                  <td colSpan={4} className="muted small">
                    No answer counts as positive or worrying: reported as answers only.
                  </td>
                </tr>
              )}
              {item.indicators.map((indicator, i) => (
                <tr key={indicator.id} id={indicatorAnchor(indicator.id)} className="indicator" data-testid="indicator" tabIndex={-1}>
                  {i === 0 && head}
                  <td>
                    <span className="measure small">{MEASURE_LABEL[indicator.measure]}</span>
                    <strong className="indicator-headline" data-testid="indicator-share">
                      {indicatorHeadline(item, indicator, t)}
                    </strong>
                    {indicator.share.suppressed ? (
                      <span className="muted small">{hiddenWhy(indicator.share.reason, t)}</span>
                    ) : (
                      <span className="small">95% interval: {intervalText(indicator.interval)}</span>
                    )}
                  </td>
                  {indicator.share.suppressed ? (
                    <td colSpan={3} className="muted small">
                      Not compared: the figure itself is not shown.
                    </td>
                  ) : (
                    comparisonViews(indicator, previous, t).map((c) => (
                    <td key={c.kind} className={`comparison tone-${c.tone}`} data-testid={`comparison-${c.kind}`}>
                      <span className="verdict">
                        <span className="verdict-mark" aria-hidden="true">
                          {c.tone === 'better' ? '▲' : c.tone === 'worse' ? '▼' : c.tone === 'same' ? '=' : '–'}
                        </span>{' '}
                        {c.verdict}
                      </span>
                      {c.detail && <span className="small">{c.detail}</span>}
                      {c.source && <span className="small muted">Source: {c.source}</span>}
                    </td>
                  ))
                  )}
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}

function isBaseShown(item: ItemResult): boolean {
  return item.base.suppressed === false;
}

function WhatChildrenSaid({ report }: { report: StaffReport }) {
  const t = report.model.options;
  return (
    <Section id="what-children-said" title="What children said">
      <p>
        The themes of children's own words, as the survey lead confirmed them, and a few of their comments quoted with their permission to be
        heard. Names, places and anything else that could identify someone were taken out before anyone read them.
      </p>
      {report.whatChildrenSaid.length === 0 && <p className="muted">No comments yet.</p>}
      {report.whatChildrenSaid.map((band) => (
        <BandSaid key={band.band} band={band} t={t} />
      ))}
    </Section>
  );
}

function BandSaid({ band, t }: { band: BandComments; t: Thresholds }) {
  return (
    <section className="report-band" aria-labelledby={`said-${band.band}`} data-testid={`said-${band.band}`}>
      <h3 id={`said-${band.band}`}>{bandLabel(band.band)}</h3>
      {!band.mayBeShown ? (
        <p className="muted">Too few children in this age band wrote comments for any to be shown without risk of identifying them.</p>
      ) : (
        <>
          {band.themes.length === 0 ? (
            <p className="muted">No themes confirmed yet.</p>
          ) : (
            <table className="table themes-table">
              <caption>Themes, with how many comments mentioned each</caption>
              <thead>
                <tr>
                  <th scope="col">Theme</th>
                  <th scope="col" className="num">
                    Comments
                  </th>
                </tr>
              </thead>
              <tbody>
                {sortedThemes(band.themes).map((theme) => (
                  <tr key={theme.themeId}>
                    <th scope="row">{theme.label}</th>
                    <td className="num">{countText(theme.comments, t)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {band.quotes.length > 0 && (
            <div className="quotes" data-testid="quotes">
              {band.quotes.map((q) => (
                <figure key={q.id} className="quote" data-testid="quote">
                  <blockquote>{q.text}</blockquote>
                  {q.question && <figcaption className="muted small">Asked: {q.question}</figcaption>}
                </figure>
              ))}
            </div>
          )}
        </>
      )}
    </section>
  );
}

const VERDICT_WORDS = { better: 'better', worse: 'worse', no_difference: 'no clear change' } as const;

function ChangeSinceLastYear({ model }: { model: ReportModel }) {
  if (!model.previousWave) {
    return (
      <Section id="change" title="Change since last year">
        <p>This is the council's first survey, so there is nothing to compare with yet. Next year's report will show the change.</p>
      </Section>
    );
  }
  const all = changesSinceLastYear(model);
  const changes = all.filter((c) => c.verdict !== 'no_difference');
  const same = all.length - changes.length;
  const notComparable = notComparableCount(model);
  return (
    <Section id="change" title="Change since last year">
      <p>
        Compared with {model.previousWave.label}, only where the same question was asked with the same answers. A change counts when it is
        at least {model.options.minDifferencePoints} percentage points and statistically significant.
      </p>
      {changes.length === 0 ? (
        <p className="muted">No figure changed clearly since last year.</p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="change-table">
            <caption>Figures that changed clearly since last year, with the change in percentage points</caption>
            <thead>
              <tr>
                <th scope="col">Age band</th>
                <th scope="col">Question</th>
                <th scope="col" className="num">
                  Last year
                </th>
                <th scope="col" className="num">
                  This year
                </th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.indicatorId}>
                  <td>{bandLabel(c.band)}</td>
                  <td>
                    <a href={`#${indicatorAnchor(c.indicatorId)}`}>{c.summary}</a> <span className="muted small">({MEASURE_LABEL[c.measure]})</span>
                  </td>
                  <td className="num">{c.lastYear}</td>
                  <td className="num">{c.thisYear}</td>
                  <td>
                    {c.change}: <strong>{VERDICT_WORDS[c.verdict]}</strong>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {same > 0 && (
        <p className="small">
          {same} other {same === 1 ? 'figure shows' : 'figures show'} no clear change since last year (each is in the results above).
        </p>
      )}
      {notComparable > 0 && (
        <p className="small muted">
          {notComparable} {notComparable === 1 ? 'figure is' : 'figures are'} not comparable with last year (a new question, or its answers changed).
        </p>
      )}
    </Section>
  );
}

function YouSaidSection({ report }: { report: StaffReport }) {
  const groups = groupYouSaid(report.model, report.youSaid).filter((g) => g.entries.length > 0);
  return (
    <Section id="you-said" title="You said, we will">
      {groups.length === 0 ? (
        <p className="muted">The council has not recorded its response yet.</p>
      ) : (
        groups.map((g) => (
          <div key={g.key} className="you-said-group">
            <h3>
              {g.finding ? g.finding.summary : g.itemId ? g.itemId : 'General'}
              {g.band && <span className="muted"> · {bandLabel(g.band)}</span>}
            </h3>
            {g.entries.map((e) => (
              <dl key={e.id} className="you-said-entry" data-testid="you-said-entry">
                <dt>You said</dt>
                <dd>{e.youSaid}</dd>
                <dt>We will</dt>
                <dd>{e.weWill}</dd>
              </dl>
            ))}
          </div>
        ))
      )}
    </Section>
  );
}

function Methods({ model }: { model: ReportModel }) {
  return (
    <Section id="methods" title="How the survey was run and how to read the figures">
      {model.methods.map((m) => (
        <div key={m.title}>
          <h3>{m.title}</h3>
          {m.paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      ))}
      {model.referenceValues.length > 0 && (
        <>
          <h3>Published figures compared with</h3>
          <ul>
            {model.referenceValues.map((r) => (
              <li key={r.id}>
                {r.finding} ({r.ageRange}): {Math.round(r.value * 100)}%. {r.source}
                {r.year ? `, ${r.year}` : ''}.{r.verified ? '' : ' Not yet checked against the source.'}
                {r.note ? ` ${r.note}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
