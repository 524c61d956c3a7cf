import { Component, lazy, Suspense, type ReactNode } from 'react';
import { usePathname } from './navigation.ts';
import { BandPage } from './respondent/band-page.tsx';
import { CodePage } from './respondent/code-page.tsx';
import { HomePage, NotFoundPage } from './respondent/home-page.tsx';
import { WavePage } from './respondent/wave-page.tsx';
import { parseRoute, type Route } from './routes.ts';
import { Loading } from './ui.tsx';

// The staff app (and Chart.js and the QR code maker with it) is its own chunk, fetched only
// when a /staff page is opened: a child's phone never downloads it.
const StaffApp = lazy(() => import('./staff/staff-app.tsx').then((m) => ({ default: m.StaffApp })));
// Only a group session's tablet needs the kiosk; it fetches it online, as the session starts, and
// the service worker keeps it for the rest of the session.
const Kiosk = lazy(() => import('./kiosk/kiosk.tsx').then((m) => ({ default: m.Kiosk })));
// Opened only from a closed wave's page, long after a survey: not worth a child's first download.
const ResultsPage = lazy(() => import('./respondent/results-page.tsx').then((m) => ({ default: m.ResultsPage })));

export function App() {
  const route = parseRoute(usePathname());
  if (route.name === 'staff') {
    return (
      <ChunkFailed what="The staff pages" standalone>
        <Suspense
          fallback={
            <main id="main">
              <Loading />
            </main>
          }
        >
          <StaffApp />
        </Suspense>
      </ChunkFailed>
    );
  }
  return (
    <>
      {/* The kiosk has no header: nothing on a shared tablet leads anywhere but the survey. */}
      {route.name !== 'home' && route.name !== 'group' && (
        <header className="site-header">
          <span className="brand">You Said</span>
        </header>
      )}
      <main id="main">{page(route)}</main>
    </>
  );
}

function page(route: Exclude<Route, { name: 'staff' }>) {
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'wave':
      return <WavePage key={route.slug} slug={route.slug} />;
    case 'band':
      // Keyed so that moving to another band or wave starts a fresh session.
      return <BandPage key={`${route.slug}/${route.band}`} slug={route.slug} band={route.band} />;
    case 'results':
      return (
        <ChunkFailed what="This page">
          <Suspense fallback={<Loading />}>
            <ResultsPage key={`${route.slug}/${route.band}`} slug={route.slug} band={route.band} />
          </Suspense>
        </ChunkFailed>
      );
    case 'code':
      // Not keyed by the code: the page drops the code from the address and must keep its state.
      return <CodePage code={route.code} />;
    case 'group':
      return (
        <ChunkFailed what="The group session">
          <Suspense fallback={<Loading />}>
            <Kiosk />
          </Suspense>
        </ChunkFailed>
      );
    case 'not_found':
      return <NotFoundPage />;
  }
}

/**
 * A lazily loaded part of the app could not be fetched (offline, or a new version was deployed
 * and the old file is gone): say so, and offer a reload, rather than leave a blank page.
 */
class ChunkFailed extends Component<{ children: ReactNode; what: string; standalone?: boolean }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const notice = (
      <div className="notice" role="alert">
        <p>{this.props.what} could not be loaded. Check the Wi-Fi or signal, then reload the page.</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
    return this.props.standalone ? <main id="main">{notice}</main> : notice;
  }
}
