import { useState, type FormEvent } from 'react';
import { Field, FormError, Saved } from './fields.tsx';
import { sortFieldProblems } from './form-check.ts';
import type { ApiError } from './staff-api.ts';
import { createCouncil } from './staff-calls.ts';
import type { Council } from './staff-types.ts';

const FIELDS = ['slug', 'name', 'advocacyService'] as const;
type CouncilField = (typeof FIELDS)[number];

/** A platform admin adds a council: its short name for links, its name, and its advocacy service. */
export function NewCouncilForm({ onCreated }: { onCreated: (council: Council) => void }) {
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState({ slug: '', name: '', advocacyService: '' });
  const [problems, setProblems] = useState<Partial<Record<CouncilField, string>>>({});
  const [error, setError] = useState<ApiError | string | null>(null);
  const [other, setOther] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<string | null>(null);

  if (!open) {
    return (
      <>
        {created && <Saved>Council “{created}” added.</Saved>}
        <button type="button" className="button secondary inline" onClick={() => setOpen(true)} data-testid="new-council">
          New council
        </button>
      </>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const body = { slug: form.slug.trim().toLowerCase(), name: form.name.trim(), advocacyService: form.advocacyService.trim() };
    const found: Partial<Record<CouncilField, string>> = {};
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(body.slug)) found.slug = 'Use lower-case letters, numbers and dashes, such as north-shire.';
    if (body.name === '') found.name = "Enter the council's name.";
    if (body.advocacyService === '') found.advocacyService = 'Children are shown this as a place to get help; enter its name and phone number.';
    setProblems(found);
    setOther([]);
    if (Object.keys(found).length > 0) {
      setError('Check the highlighted fields.');
      return;
    }
    setBusy(true);
    setError(null);
    const result = await createCouncil(body);
    setBusy(false);
    if (result.ok) {
      setForm({ slug: '', name: '', advocacyService: '' });
      setCreated(result.value.name);
      setOpen(false);
      onCreated(result.value);
    } else {
      const sorted = sortFieldProblems(result.error.fieldProblems, FIELDS);
      setProblems(sorted.byField);
      setOther(sorted.other);
      setError(result.error);
    }
  };

  return (
    <form className="subform" onSubmit={submit} noValidate aria-label="New council">
      <h3>New council</h3>
      <FormError error={error} other={other} testId="new-council-error" />
      <Field
        label="Name"
        value={form.name}
        onChange={(e) => setForm({ ...form, name: e.target.value })}
        error={problems.name}
        testId="new-council-name"
      />
      <Field
        label="Short name for links"
        hint="Lower-case letters, numbers and dashes."
        value={form.slug}
        onChange={(e) => setForm({ ...form, slug: e.target.value })}
        error={problems.slug}
        autoCapitalize="none"
        spellCheck={false}
        testId="new-council-slug"
      />
      <Field
        label="Advocacy service"
        hint="Name and phone number, shown to children as a place to get help."
        value={form.advocacyService}
        onChange={(e) => setForm({ ...form, advocacyService: e.target.value })}
        error={problems.advocacyService}
        testId="new-council-advocacy"
      />
      <div className="actions">
        <button type="submit" className="button inline" disabled={busy} data-testid="new-council-submit">
          {busy ? 'Adding…' : 'Add council'}
        </button>
        <button type="button" className="button secondary inline" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
