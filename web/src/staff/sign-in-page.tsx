import { useState, type FormEvent } from 'react';
import { navigate } from '../navigation.ts';
import { PageHeading } from '../ui.tsx';
import { signIn } from './auth.ts';
import { Field, FormError } from './fields.tsx';
import { takeReturnPath } from './session.ts';
import type { ApiError } from './staff-api.ts';
import { STAFF_HOME } from './staff-routes.ts';

export function SignInPage() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (email.trim() === '' || password === '') {
      setError('Enter your email address and your password.');
      return;
    }
    setBusy(true);
    setError(null);
    const result = await signIn(email.trim(), password);
    setBusy(false);
    if (result.ok) {
      setPassword('');
      const back = takeReturnPath();
      navigate(back && back.startsWith('/staff') ? back : STAFF_HOME);
    } else {
      // 401 and 429 come with a message written for the person signing in; it is shown as it is.
      setError(result.error);
    }
  };

  return (
    <section className="sign-in">
      <PageHeading title="Sign in">Sign in</PageHeading>
      <p className="muted">For council staff, panel members and participation workers.</p>
      <form onSubmit={submit} noValidate>
        <FormError error={error} testId="sign-in-error" />
        <Field
          label="Email address"
          type="email"
          name="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          testId="sign-in-email"
        />
        <Field
          label="Password"
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          testId="sign-in-password"
        />
        <button type="submit" className="button" disabled={busy} data-testid="sign-in-submit">
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </section>
  );
}
