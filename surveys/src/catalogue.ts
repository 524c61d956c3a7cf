import type { AgeBand, InstrumentVersion, SurveyDefinition } from './types.ts';
import children47v1 from '../instruments/children-4-7/v1.json';
import children811v1 from '../instruments/children-8-11/v1.json';
import youngPeople1117v1 from '../instruments/young-people-11-17/v1.json';
import careLeavers1625v1 from '../instruments/care-leavers-16-25/v1.json';

/**
 * Every published instrument version. A published file is immutable: a change is a new file
 * (v2.json) added here, so responses keep pointing at the exact questions they answered.
 */
export const INSTRUMENT_VERSIONS: readonly InstrumentVersion[] = [
  { id: 'children-4-7', band: '4-7', version: 1, title: 'Me and my life (ages 4 to 7)', definition: children47v1 as SurveyDefinition },
  { id: 'children-8-11', band: '8-11', version: 1, title: 'My life (ages 8 to 11)', definition: children811v1 as SurveyDefinition },
  { id: 'young-people-11-17', band: '11-17', version: 1, title: 'My life in care (ages 11 to 17)', definition: youngPeople1117v1 as SurveyDefinition },
  { id: 'care-leavers-16-25', band: '16-25', version: 1, title: 'My life after care (ages 16 to 25)', definition: careLeavers1625v1 as SurveyDefinition },
];

/** The published version `version` of instrument `id`, or undefined when there is none. */
export function findInstrumentVersion(id: string, version: number): InstrumentVersion | undefined {
  return INSTRUMENT_VERSIONS.find((v) => v.id === id && v.version === version);
}

/** The newest published version of each instrument. */
export function latestInstrumentVersions(): InstrumentVersion[] {
  const latest = new Map<string, InstrumentVersion>();
  for (const v of INSTRUMENT_VERSIONS) {
    const seen = latest.get(v.id);
    if (!seen || seen.version < v.version) latest.set(v.id, v);
  }
  return [...latest.values()];
}

/** The newest published instrument for an age band. */
export function latestInstrumentForBand(band: AgeBand): InstrumentVersion | undefined {
  return latestInstrumentVersions().find((v) => v.band === band);
}
