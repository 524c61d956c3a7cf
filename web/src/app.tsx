import { usePathname } from './navigation.ts';
import { BandPage } from './respondent/band-page.tsx';
import { HomePage, NotFoundPage } from './respondent/home-page.tsx';
import { WavePage } from './respondent/wave-page.tsx';
import { parseRoute, type Route } from './routes.ts';

export function App() {
  const route = parseRoute(usePathname());
  return (
    <>
      {route.name !== 'home' && (
        <header className="site-header">
          <span className="brand">You Said</span>
        </header>
      )}
      <main id="main">{page(route)}</main>
    </>
  );
}

function page(route: Route) {
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'wave':
      return <WavePage key={route.slug} slug={route.slug} />;
    case 'band':
      // Keyed so that moving to another band or wave starts a fresh session.
      return <BandPage key={`${route.slug}/${route.band}`} slug={route.slug} band={route.band} />;
    case 'not_found':
      return <NotFoundPage />;
  }
}
