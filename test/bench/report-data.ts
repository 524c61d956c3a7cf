// The platform the report benchmark measures: many councils, a wave a year each, a million
// responses in all, generated inside PostgreSQL (generate_series + jsonb_build_object) rather than
// sent row by row, so loading takes a minute or two instead of an hour. Answers are drawn from the
// answer codes of each age band's real instrument, so the report tallies and compares real items.
//
// The platform grows in steps (older years are added), while the wave the benchmark reports on,
// its previous wave and the other councils' waves of its year are all there from the first step:
// what the report reads stays the same, and only the rest of the platform grows around it.
import { randomUUID } from 'node:crypto';
import type postgres from 'postgres';
import { AGE_BANDS, latestInstrumentForBand, seededRandom, type AgeBand } from '@you-said/surveys';
import { instrumentItemsFor } from '../../analysis/src/index.ts';

/** The year the measured wave opens in: the pooled comparison pools the other councils' waves of it. */
export const MEASURED_YEAR = 2026;

export interface PlannedWave {
  id: string;
  councilIndex: number;
  year: number;
  opensOn: string;
  closesOn: string;
  /** responses per band */
  responses: Record<AgeBand, number>;
  /** above 1 pulls answers towards an instrument's first (mostly positive) codes */
  skew: number;
  /** the response rate the eligible counts are worked back from */
  rate: number;
}

export interface PlannedStep {
  /** responses on the platform once this step is loaded */
  total: number;
  years: number[];
  waves: PlannedWave[];
}

export interface PlatformPlan {
  councils: { id: string; slug: string; name: string }[];
  steps: PlannedStep[];
  measured: { councilId: string; waveId: string; previousWaveId: string; responses: number };
}

/** Seeded: the same plan on every run and machine. */
const seeded = seededRandom;

/** How a council's responses split between the bands (most children in care are 11-17). */
const BAND_SHARES: Record<AgeBand, number> = { '4-7': 0.12, '8-11': 0.22, '11-17': 0.4, '16-25': 0.26 };

/** Splits `n` between the bands by BAND_SHARES, largest remainders first, so the parts add up to n. */
function splitByBand(n: number): Record<AgeBand, number> {
  const exact = AGE_BANDS.map((b) => ({ band: b, value: n * BAND_SHARES[b] }));
  const out = Object.fromEntries(exact.map((e) => [e.band, Math.floor(e.value)])) as Record<AgeBand, number>;
  let left = n - AGE_BANDS.reduce((s, b) => s + out[b], 0);
  for (const e of [...exact].sort((x, y) => (y.value % 1) - (x.value % 1))) {
    if (left-- <= 0) break;
    out[e.band] += 1;
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Plans the platform: `councils` councils (council 0 is the one measured), one wave a year from
 * 2015 to MEASURED_YEAR for most of them (about one in seven skips a year, as councils do), wave
 * sizes proportional to a council size spread log-uniformly over a 16-fold range, like small
 * shire unitaries next to large metropolitan councils. The steps add 1/4, 1/4 and 1/2 of `total`:
 * the last three years first, then the three before, then the six before that.
 */
export function planPlatform({ total = 1_000_000, councils = 80, measuredResponses = 200 } = {}): PlatformPlan {
  const rng = seeded(20261123);
  const councilRows = Array.from({ length: councils }, (_, i) => ({
    id: randomUUID(),
    slug: `bench-council-${String(i).padStart(3, '0')}`,
    name: `Bench Council ${String(i).padStart(3, '0')}`,
  }));
  const size = councilRows.map(() => 0.25 * Math.pow(16, rng()));
  const stepYears = [
    [MEASURED_YEAR - 2, MEASURED_YEAR - 1, MEASURED_YEAR],
    [MEASURED_YEAR - 5, MEASURED_YEAR - 4, MEASURED_YEAR - 3],
    [MEASURED_YEAR - 11, MEASURED_YEAR - 10, MEASURED_YEAR - 9, MEASURED_YEAR - 8, MEASURED_YEAR - 7, MEASURED_YEAR - 6],
  ];
  const stepShares = [0.25, 0.25, 0.5];
  const measuredWaveId = randomUUID();
  const previousWaveId = randomUUID();
  const previousResponses = Math.round(measuredResponses * 0.93);

  let cumulative = 0;
  const steps: PlannedStep[] = stepYears.map((years, s) => {
    const target = Math.round(total * stepShares[s]!);
    cumulative += target;
    // which councils run a wave in which year, and how big it is before scaling to the target
    const drafts: { councilIndex: number; year: number; weight: number; fixed?: number; id?: string }[] = [];
    for (const year of years) {
      for (let c = 0; c < councils; c++) {
        const fixed = c === 0 && year === MEASURED_YEAR ? measuredResponses : c === 0 && year === MEASURED_YEAR - 1 ? previousResponses : undefined;
        const skip = rng() < 0.15;
        if (fixed === undefined && skip) continue;
        const weight = size[c]! * (0.8 + 0.4 * rng());
        drafts.push({
          councilIndex: c,
          year,
          weight,
          ...(fixed !== undefined ? { fixed, id: fixed === measuredResponses ? measuredWaveId : previousWaveId } : {}),
        });
      }
    }
    const fixedTotal = drafts.reduce((sum, d) => sum + (d.fixed ?? 0), 0);
    const weightTotal = drafts.reduce((sum, d) => sum + (d.fixed === undefined ? d.weight : 0), 0);
    const scale = (target - fixedTotal) / weightTotal;
    const sizes = drafts.map((d) => d.fixed ?? Math.max(20, Math.floor(d.weight * scale)));
    // hand the rounding remainder out one at a time so the step lands on its target exactly
    let remainder = target - sizes.reduce((a, b) => a + b, 0);
    for (let i = 0; remainder !== 0; i = (i + 1) % drafts.length) {
      if (drafts[i]!.fixed !== undefined) continue;
      sizes[i]! += Math.sign(remainder);
      remainder -= Math.sign(remainder);
    }
    const waves = drafts.map((d, i): PlannedWave => {
      const measured = d.id === measuredWaveId || d.id === previousWaveId;
      const month = measured ? 9 : 9 + Math.floor(rng() * 3);
      const day = measured ? 14 : 1 + Math.floor(rng() * 28);
      const opensOn = `${d.year}-${pad(month)}-${pad(day)}`;
      const closes = new Date(Date.UTC(d.year, month - 1, day + 56));
      return {
        id: d.id ?? randomUUID(),
        councilIndex: d.councilIndex,
        year: d.year,
        opensOn,
        closesOn: closes.toISOString().slice(0, 10),
        responses: splitByBand(sizes[i]!),
        skew: 1.3 + 0.9 * rng(),
        rate: 0.25 + 0.3 * rng(),
      };
    });
    return { total: cumulative, years, waves };
  });
  return {
    councils: councilRows,
    steps,
    measured: { councilId: councilRows[0]!.id, waveId: measuredWaveId, previousWaveId, responses: measuredResponses },
  };
}

/**
 * Creates the councils, and for the measured council a theme list, reviewed comments with a few
 * approved quotes and some "you said, we will" entries, so every part of the staff report has
 * something to read. Waves and responses come with `loadStep`.
 */
export async function createCouncils(sql: postgres.Sql, plan: PlatformPlan): Promise<void> {
  await sql.unsafe(
    `insert into councils (id, slug, name, advocacy_service)
     select c.id, c.slug, c.name, 'Bench advocacy service, 0800 000 0000'
       from jsonb_to_recordset($1::text::jsonb) as c(id uuid, slug text, name text)`,
    [JSON.stringify(plan.councils)],
  );
  await sql.unsafe(
    `insert into council_themes (council_id, label, keywords, position)
     select $1::uuid, t.label, '[]'::jsonb, t.position
       from unnest($2::text[]) with ordinality as t(label, position)`,
    [plan.measured.councilId, ['Home and carers', 'Social workers', 'School', 'Friends and fun', 'Family time', 'Being listened to']],
  );
}

/** Loads one step: its waves (pinned instruments, eligible counts) and all their responses. */
export async function loadStep(sql: postgres.Sql, plan: PlatformPlan, step: PlannedStep): Promise<void> {
  const waves = step.waves.map((w) => ({
    id: w.id,
    council_id: plan.councils[w.councilIndex]!.id,
    slug: `${plan.councils[w.councilIndex]!.slug}-${w.year}`,
    label: `Your life, your say ${w.year}`,
    opens_on: w.opensOn,
    closes_on: w.closesOn,
  }));
  await sql.unsafe(
    `insert into waves (id, council_id, slug, label, opens_on, closes_on)
     select w.id, w.council_id, w.slug, w.label, w.opens_on, w.closes_on
       from jsonb_to_recordset($1::text::jsonb) as w(id uuid, council_id uuid, slug text, label text, opens_on date, closes_on date)`,
    [JSON.stringify(waves)],
  );
  const pins = step.waves.flatMap((w) =>
    AGE_BANDS.map((band) => {
      const v = latestInstrumentForBand(band)!;
      return {
        wave_id: w.id,
        band,
        instrument_id: v.id,
        instrument_version: v.version,
        eligible: Math.ceil(w.responses[band] / w.rate),
        counted_on: w.opensOn,
      };
    }),
  );
  await sql.unsafe(
    `insert into wave_instruments (wave_id, band, instrument_id, instrument_version)
     select p.wave_id, p.band, p.instrument_id, p.instrument_version
       from jsonb_to_recordset($1::text::jsonb) as p(wave_id uuid, band text, instrument_id text, instrument_version int)`,
    [JSON.stringify(pins)],
  );
  await sql.unsafe(
    `insert into wave_eligible_counts (wave_id, band, eligible, counted_on)
     select p.wave_id, p.band, p.eligible, p.counted_on
       from jsonb_to_recordset($1::text::jsonb) as p(wave_id uuid, band text, eligible int, counted_on date)`,
    [JSON.stringify(pins)],
  );
  // one statement per year and band, a year's waves side by side as they would be on disk;
  // the pool (two connections) runs two at a time
  const work: Promise<unknown>[] = [];
  for (const year of step.years) {
    for (const band of AGE_BANDS) {
      const specs = step.waves
        .filter((w) => w.year === year && w.responses[band] > 0)
        .map((w) => ({ wave_id: w.id, n: w.responses[band], opens_on: w.opensOn, skew: w.skew }));
      if (specs.length > 0) work.push(insertResponses(sql, band, specs));
    }
  }
  await Promise.all(work);
  if (step.waves.some((w) => w.id === plan.measured.waveId)) await addReportExtras(sql, plan, step);
}

/**
 * Inserts `n` responses for each wave in `specs`, all in one band, each answer a code drawn from
 * the band's instrument (about 1 in 20 questions skipped). Codes and item ids are parameters;
 * the SQL only says how to draw. jsonb_build_object takes at most 100 arguments, so the answer
 * object is built in chunks of 40 items and joined with ||.
 */
async function insertResponses(sql: postgres.Sql, band: AgeBand, specs: { wave_id: string; n: number; opens_on: string; skew: number }[]): Promise<void> {
  const instrument = latestInstrumentForBand(band)!;
  const items = instrumentItemsFor(instrument.id, instrument.version);
  const params: unknown[] = [JSON.stringify(specs), band, instrument.id, instrument.version];
  const pairs = items.map((item) => {
    params.push(item.itemId, item.codes);
    const key = params.length - 1;
    return `$${key}::text, case when random() < 0.05 then null else ($${key + 1}::text[])[1 + floor(power(random(), s.skew) * ${item.codes.length})::int] end`;
  });
  const chunks: string[] = [];
  for (let i = 0; i < pairs.length; i += 40) chunks.push(`jsonb_build_object(${pairs.slice(i, i + 40).join(', ')})`);
  await sql.unsafe(
    `insert into responses (id, wave_id, band, instrument_id, instrument_version, mode, submitted_on, answers)
     select gen_random_uuid(), s.wave_id, $2::text, $3::text, $4::int,
            (array['own_device', 'own_device', 'with_adult', 'group_session'])[1 + floor(random() * 4)::int],
            s.opens_on + floor(random() * 56)::int,
            jsonb_strip_nulls(${chunks.join(' || ')})
       from jsonb_to_recordset($1::text::jsonb) as s(wave_id uuid, n int, opens_on date, skew float8)
      cross join lateral generate_series(1, s.n) as g(i)`,
    params as postgres.ParameterOrJSON<never>[],
  );
}

/** Comments (some themed, a few approved as quotes) and "you said, we will" for the measured wave. */
async function addReportExtras(sql: postgres.Sql, plan: PlatformPlan, step: PlannedStep): Promise<void> {
  const wave = step.waves.find((w) => w.id === plan.measured.waveId)!;
  const comments = AGE_BANDS.flatMap((band) =>
    Array.from({ length: Math.round(wave.responses[band] * 0.4) }, (_, i) => ({
      band,
      item_id: i % 2 === 0 ? 'ft_make_life_better' : band === '4-7' ? 'ft_make_life_better' : 'ft_anything_else',
      text: `More time with [name] and help with homework (${i})`,
      quote: i % 9 === 0 ? 'approved' : 'none',
    })),
  );
  await sql.unsafe(
    `insert into comments (wave_id, band, item_id, text, masked, themes, quote)
     select $1::uuid, c.band, c.item_id, c.text, '["name"]'::jsonb,
            -- refers to c, so it is drawn again for each comment rather than once for all
            (select jsonb_agg(t.id) from (select id from council_themes where council_id = $2::uuid and c.text is not null order by random() limit 2) t),
            c.quote
       from jsonb_to_recordset($3::text::jsonb) as c(band text, item_id text, text text, quote text)`,
    [plan.measured.waveId, plan.measured.councilId, JSON.stringify(comments)],
  );
  await sql.unsafe(
    `insert into you_said (wave_id, band, item_id, you_said, we_will)
     values ($1::uuid, '11-17', 'trust_social_worker', 'You said you did not always trust your social worker.', 'We will make sure you meet a new social worker before they start.'),
            ($1::uuid, null, null, 'You said you want more fun things to do.', 'We will run a summer activities programme.'),
            ($1::uuid, '8-11', 'like_school', 'You said school was hard sometimes.', 'We will ask every school to name a trusted adult for you.')`,
    [plan.measured.waveId],
  );
}
