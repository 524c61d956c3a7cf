import { loadWave } from '../api.ts';
import { Link, Loading, PageHeading } from '../ui.tsx';
import { LoadError } from './fields.tsx';
import { POSTER_BAND_LABEL, POSTER_MINUTES, shortLink } from './print-layout.ts';
import { PrintedHelp } from './print-help.tsx';
import { QrCode } from './qr-code.tsx';
import { getLinks, getWave } from './staff-calls.ts';
import { wavePagePath } from './staff-routes.ts';
import type { StaffWave, WaveLink } from './staff-types.ts';
import { useApi } from './use-api.ts';

/** One A4 poster per age band: "Have your say", the QR code and the link written out, and help. */
export function PostersPage({ id }: { id: string }) {
  const wave = useApi(`wave:${id}`, (signal) => getWave(id, signal));
  const links = useApi(`links:${id}`, (signal) => getLinks(id, signal));
  // The advocacy service's details are on the public wave (the same words the survey shows).
  const slug = wave.state.kind === 'ok' ? wave.state.value.slug : null;
  const publicWave = useApi(`public:${slug}`, async (signal) => {
    if (slug === null) return { ok: true as const, value: '' };
    const loaded = await loadWave(slug, signal);
    return { ok: true as const, value: loaded.kind === 'ok' ? loaded.value.wave.council.advocacyService : '' };
  });

  if (wave.state.kind === 'loading' || links.state.kind === 'loading') return <Loading />;
  if (wave.state.kind === 'error') return <LoadError error={wave.state.error} onRetry={wave.reload} />;
  if (links.state.kind === 'error') return <LoadError error={links.state.error} onRetry={links.reload} />;
  const advocacy = publicWave.state.kind === 'ok' ? publicWave.state.value : '';
  return <Posters wave={wave.state.value} links={links.state.value} advocacyService={advocacy} />;
}

function Posters({ wave, links, advocacyService }: { wave: StaffWave; links: WaveLink[]; advocacyService: string }) {
  return (
    <div className="print-view">
      <div className="print-toolbar no-print">
        <p>
          <Link to={wavePagePath(wave.id)} className="back-link">
            ← Back to the wave
          </Link>
        </p>
        <PageHeading title="Posters">Posters for {wave.label}</PageHeading>
        <p>One A4 page for each age band. Print in colour or black and white.</p>
        <button type="button" className="button inline" onClick={() => window.print()} data-testid="print-now">
          Print
        </button>
      </div>
      {links.map((link) => (
        <article key={link.band} className="poster" data-testid={`poster-${link.band}`} aria-label={`Poster: ${POSTER_BAND_LABEL[link.band]}`}>
          <p className="poster-council">{wave.councilName}</p>
          <h2 className="poster-title">Have your say</h2>
          <p className="poster-band">{POSTER_BAND_LABEL[link.band]}</p>
          <p className="poster-lead">Tell us how life is going for you. It takes {POSTER_MINUTES[link.band]}.</p>
          <QrCode text={link.url} label={`QR code for ${shortLink(link.url)}`} className="poster-qr" />
          <p className="poster-link">
            Scan the code, or type: <strong>{shortLink(link.url)}</strong>
          </p>
          <ul className="poster-promises">
            <li>It's anonymous: you don't give your name, and nobody will know which answers are yours.</li>
            <li>You can skip any question.</li>
          </ul>
          <PrintedHelp advocacyService={advocacyService} />
        </article>
      ))}
    </div>
  );
}
