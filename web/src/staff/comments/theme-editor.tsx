import { useState } from 'react';
import { Loading } from '../../ui.tsx';
import { Field, FormError, LoadError, Saved } from '../fields.tsx';
import type { ApiError } from '../staff-api.ts';
import type { Id } from '../staff-types.ts';
import { useApi } from '../use-api.ts';
import { getThemes, putThemes } from '../report/report-calls.ts';
import type { Theme } from '../report/report-types.ts';
import { checkThemes, draftsOf, themesBody, type ThemeDraft } from './comments-view.ts';

/**
 * The council's list of themes, with the keywords that suggest each. Saving replaces the list: a
 * theme taken out is retired (comments already confirmed with it keep its name).
 */
export function ThemeEditor({ councilId }: { councilId: Id }) {
  const themes = useApi(`themes:${councilId}`, (signal) => getThemes(councilId, signal));
  if (themes.state.kind === 'loading') return <Loading />;
  if (themes.state.kind === 'error') return <LoadError error={themes.state.error} onRetry={themes.reload} />;
  return <ThemeForm councilId={councilId} initial={themes.state.value} />;
}

let newKeys = 0;

function ThemeForm({ councilId, initial }: { councilId: Id; initial: Theme[] }) {
  const [drafts, setDrafts] = useState<ThemeDraft[]>(() => draftsOf(initial));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiError | string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  const update = (key: string, change: Partial<ThemeDraft>) => {
    setSaved(false);
    setDrafts((all) => all.map((d) => (d.key === key ? { ...d, ...change } : d)));
  };

  return (
    <form
      className="panel"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        setSaved(false);
        if (drafts.length === 0) {
          setError('Keep at least one theme: comments need something to be grouped under.');
          return;
        }
        const found = checkThemes(drafts);
        setProblems(found);
        if (Object.keys(found).length > 0) {
          setError('Some themes need a change before the list can be saved.');
          return;
        }
        setBusy(true);
        setError(null);
        const result = await putThemes(councilId, themesBody(drafts));
        setBusy(false);
        if (!result.ok) {
          setError(result.error);
          return;
        }
        setDrafts(draftsOf(result.value));
        setSaved(true);
      }}
      data-testid="theme-editor"
    >
      <h2>Theme list</h2>
      <p>
        Themes group what children wrote. Keywords suggest a theme for a comment that uses them; the survey lead always confirms. Removing a
        theme retires it: comments already confirmed with it keep its name.
      </p>
      <FormError error={error} />
      {drafts.length === 0 && <p className="muted">No themes yet.</p>}
      {drafts.map((d, i) => (
        <div key={d.key} className="theme-row" data-testid="theme-row">
          <Field
            label={`Theme ${i + 1}`}
            value={d.label}
            onChange={(e) => update(d.key, { label: e.target.value })}
            error={problems[d.key]}
            maxLength={80}
            testId="theme-label"
          />
          <Field
            label="Keywords"
            hint="Separated by commas"
            value={d.keywords}
            onChange={(e) => update(d.key, { keywords: e.target.value })}
            testId="theme-keywords"
          />
          <button
            type="button"
            className="button secondary inline"
            onClick={() => {
              setSaved(false);
              setDrafts((all) => all.filter((x) => x.key !== d.key));
            }}
            aria-label={`Remove theme ${d.label || i + 1}`}
          >
            Remove
          </button>
        </div>
      ))}
      <div className="actions">
        <button
          type="button"
          className="button secondary inline"
          onClick={() => {
            setSaved(false);
            newKeys += 1;
            setDrafts((all) => [...all, { key: `new-${newKeys}`, label: '', keywords: '' }]);
          }}
          data-testid="theme-add-row"
        >
          Add a theme
        </button>
        <button type="submit" className="button inline" disabled={busy} data-testid="themes-save">
          Save the theme list
        </button>
      </div>
      {saved && <Saved>Theme list saved.</Saved>}
    </form>
  );
}
