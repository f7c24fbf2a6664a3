import { DEFAULT_SETTINGS, type Settings } from '../domain/settings';
import type { Volunteer } from '../domain/volunteers';
import { dayFromIso } from './calendar';
import { AREAS, DEMO_AREAS, type DemoArea } from './places';
import { createRandom, deriveSeed } from './random';
import { generateVolunteers } from './volunteers';

/**
 * The sample dataset behind "Load sample data", the demo-data script and the benchmark.
 * Pure and deterministic: the same options give byte-identical JSON on any machine, so a
 * bug seen in a demo can be reproduced from its seed. Each part draws from its own stream
 * (see deriveSeed), so adding members or groups later leaves the volunteers unchanged.
 */

export const DEMO_SIZES = {
  /** A charity the size of most of our users: a screen or two of volunteers. */
  small: 50,
  /** A large charity; what the performance budget (100 ms per screen) is measured on. */
  large: 500,
  /** Far beyond any real charity, to find what breaks first. */
  stress: 20_000,
} as const;
export type DemoSize = keyof typeof DEMO_SIZES;
export const DEMO_SIZE_NAMES = Object.keys(DEMO_SIZES) as DemoSize[];

export interface DemoDatasetOptions {
  size: DemoSize;
  seed: number;
  /** The day the data is "as of" (YYYY-MM-DD): nothing is dated after it. */
  today: string;
  /** Whose patch the people live in. Default Sheffield. */
  area?: DemoArea;
}

export interface DemoDataset {
  settings: Settings;
  volunteers: Volunteer[];
}

export function isDemoSize(value: string): value is DemoSize {
  return Object.hasOwn(DEMO_SIZES, value);
}

export function isDemoArea(value: string): value is DemoArea {
  return (DEMO_AREAS as readonly string[]).includes(value);
}

export function generateDemoDataset(options: DemoDatasetOptions): DemoDataset {
  const { size, seed, today } = options;
  if (!isDemoSize(size)) throw new Error(`Unknown sample data size "${String(size)}": use ${DEMO_SIZE_NAMES.join(', ')}`);
  if (!Number.isSafeInteger(seed)) throw new Error(`The seed must be a whole number (got ${String(seed)})`);
  const todayDay = dayFromIso(today);
  if (todayDay === null) throw new Error(`"today" must be a real date written as YYYY-MM-DD (got "${today}")`);
  const area = AREAS[options.area ?? 'sheffield'];
  if (!area) throw new Error(`Unknown area "${String(options.area)}": use ${DEMO_AREAS.join(', ')}`);

  const settings: Settings = { ...DEFAULT_SETTINGS, organisationName: area.organisationName, setUpDone: true };
  const volunteers = generateVolunteers(createRandom(deriveSeed(seed, 'volunteers')), {
    count: DEMO_SIZES[size],
    today: todayDay,
    area,
  });
  return { settings, volunteers };
}
