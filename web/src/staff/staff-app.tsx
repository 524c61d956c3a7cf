import { useEffect, useState } from 'react';
import { loadGroupSession } from '../kiosk/group-session-api.ts';
import { navigate, usePathname } from '../navigation.ts';
import { GROUP_PATH, STAFF_SIGN_IN_PATH } from '../routes.ts';
import { Link, Loading, PageHeading } from '../ui.tsx';
import { restoreSession, signOut } from './auth.ts';
import { LoadError } from './fields.tsx';
import { HomePage } from './home-page.tsx';
import { NewWavePage } from './new-wave-page.tsx';
import { PostersPage } from './posters-page.tsx';
import { CommentsPage } from './comments/comments-page.tsx';
import { ReportPage } from './report/report-page.tsx';
import { YouSaidPage } from './you-said/you-said-page.tsx';
import { ROLE_LABEL } from './roles.ts';
import { forgetSession, rememberReturnPath, useSession } from './session.ts';
import { SignInPage } from './sign-in-page.tsx';
import type { ApiError } from './staff-api.ts';
import { parseStaffRoute, STAFF_HOME, type StaffRoute } from './staff-routes.ts';
import type { StaffSession } from './staff-types.ts';
import { WavePage } from './wave-page.tsx';
import './staff.css';

/** The staff side, under /staff: loaded as its own chunk, never by a child's device. */
export function StaffApp() {
  const route = parseStaffRoute(usePathname());
  const session = useSession();
  const [restoreError, setRestoreError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  // Whether this device turned out not to be a group-session tablet (see below).
  const [notKiosk, setNotKiosk] = useState(false);

  useEffect(() => {
    if (session.kind !== 'unknown') return;
    void restoreSession().then((result) => {
      if (!result.ok && result.error.status !== 401) setRestoreError(result.error);
    });
  }, [session.kind, attempt]);

  // A tablet in a group session has no staff session (starting one signed it out): it goes back
  // to the kiosk, so neither Back nor a typed address leads a child to the staff pages.
  useEffect(() => {
    if (session.kind !== 'signed_out') return;
    let live = true;
    void loadGroupSession().then((group) => {
      if (!live) return;
      if (group.kind === 'active') window.location.replace(GROUP_PATH);
      else setNotKiosk(true);
    });
    return () => {
      live = false;
    };
  }, [session.kind]);

  // A page brought back from the browser's back-forward cache may show a session that has since
  // ended (a group session was started from it): ask the server again.
  useEffect(() => {
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) forgetSession();
    };
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
  }, []);

  useEffect(() => {
    if (session.kind === 'signed_out' && route.name !== 'sign_in') {
      rememberReturnPath(window.location.pathname);
      navigate(STAFF_SIGN_IN_PATH);
    }
    if (session.kind === 'signed_in' && route.name === 'sign_in') navigate(STAFF_HOME);
  }, [session.kind, route.name]);

  let body;
  if (session.kind === 'unknown') {
    body = restoreError ? (
      <LoadError
        error={restoreError}
        onRetry={() => {
          setRestoreError(null);
          setAttempt((a) => a + 1);
        }}
      />
    ) : (
      <Loading />
    );
  } else if (session.kind === 'signed_out') {
    body = route.name === 'sign_in' && notKiosk ? <SignInPage /> : <Loading />;
  } else {
    body = route.name === 'sign_in' ? <Loading /> : page(route, session.session);
  }

  return (
    <div className="staff">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="staff-header">
        <div className="staff-header-inner">
          <span className="brand">
            You Said <span className="brand-sub">staff</span>
          </span>
          {session.kind === 'signed_in' && <AccountBar session={session.session} />}
        </div>
      </header>
      <main id="main" className="staff-main" tabIndex={-1}>
        {body}
      </main>
    </div>
  );
}

function AccountBar({ session }: { session: StaffSession }) {
  const { account } = session;
  const [busy, setBusy] = useState(false);
  return (
    <>
      <nav aria-label="Staff pages" className="staff-nav">
        <Link to={STAFF_HOME}>Waves</Link>
      </nav>
      <div className="account">
        <span>
          {account.displayName}
          <span className="muted">
            {' '}
            · {ROLE_LABEL[account.role]}
            {account.council ? ` · ${account.council.name}` : ''}
          </span>
        </span>
        <button
          type="button"
          className="button secondary inline"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            await signOut();
            navigate(STAFF_SIGN_IN_PATH);
          }}
          data-testid="sign-out"
        >
          Sign out
        </button>
      </div>
    </>
  );
}

function page(route: Exclude<StaffRoute, { name: 'sign_in' }>, session: StaffSession) {
  switch (route.name) {
    case 'home':
      return <HomePage account={session.account} />;
    case 'new_wave':
      return <NewWavePage account={session.account} />;
    case 'wave':
      return <WavePage key={route.id} id={route.id} account={session.account} />;
    case 'posters':
      return <PostersPage key={route.id} id={route.id} />;
    case 'report':
      return <ReportPage key={route.id} id={route.id} account={session.account} />;
    case 'comments':
      return <CommentsPage key={route.id} id={route.id} account={session.account} />;
    case 'you_said':
      return <YouSaidPage key={route.id} id={route.id} account={session.account} />;
    case 'not_found':
      return (
        <section>
          <PageHeading title="Page not found">We can't find this page</PageHeading>
          <p>
            <Link to={STAFF_HOME}>Go to your waves</Link>
          </p>
        </section>
      );
  }
}
