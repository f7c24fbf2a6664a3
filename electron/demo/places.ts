import type { Random, Weighted } from './random';

/**
 * Where the sample people live. Real street and district names so a coordinator recognises
 * the patch, with made-up house numbers and inward codes: the addresses look right on an
 * envelope but are not anyone's home.
 */

export const DEMO_AREAS = ['sheffield', 'sutton', 'south-london'] as const;
export type DemoArea = (typeof DEMO_AREAS)[number];

/** Which Ofcom drama range a landline in this district comes from. */
export type LandlineRange = 'sheffield' | 'london' | 'none';

export interface District {
  outward: string;
  locality: string;
  town: string;
  landline: LandlineRange;
  streets: readonly string[];
}

export interface AreaProfile {
  id: DemoArea;
  organisationName: string;
  districts: Weighted<District>;
  /** Weights per name origin id (shared/demo/names.ts); the mix of people who volunteer here. */
  origins: Weighted<string>;
}

const S = (outward: string, locality: string, streets: readonly string[]): District => ({
  outward,
  locality,
  town: 'Sheffield',
  landline: 'sheffield',
  streets,
});

const SHEFFIELD_DISTRICTS: Weighted<District> = [
  [S('S1', 'City Centre', ['Division Street', 'West Street', 'Arundel Street', 'Norfolk Street', 'Eyre Street', 'Campo Lane']), 4],
  [S('S2', 'Heeley', ['Gleadless Road', 'Alderson Road', 'Myrtle Road', 'Sitwell Road', 'Norfolk Park Road', 'Duke Street']), 7],
  [S('S3', 'Upperthorpe', ['Upperthorpe Road', 'Netherthorpe Road', 'Daniel Hill', 'Penistone Road', 'Green Lane', 'Shalesmoor']), 5],
  [S('S4', 'Burngreave', ['Burngreave Road', 'Spital Hill', 'Abbeyfield Road', 'Pitsmoor Road', 'Ellesmere Road', 'Page Hall Road']), 7],
  [S('S5', 'Firth Park', ['Firth Park Road', 'Barnsley Road', 'Southey Green Road', 'Wordsworth Avenue', 'Margetson Crescent']), 6],
  [S('S6', 'Hillsborough', ['Middlewood Road', 'South Road', 'Howard Road', 'Walkley Bank Road', 'Bradfield Road', 'Langsett Road']), 8],
  [S('S7', 'Nether Edge', ['Abbeydale Road', 'Machon Bank Road', 'Montgomery Road', 'Nether Edge Road', 'Carter Knowle Road']), 7],
  [S('S8', 'Woodseats', ['Chesterfield Road', 'Meersbrook Park Road', 'Cobnar Road', 'Abbey Lane', 'Derbyshire Lane', 'Woodseats Road']), 8],
  [S('S9', 'Darnall', ['Staniforth Road', 'Main Road', 'Attercliffe Road', 'Darnall Road', 'Greenland Road', 'Britannia Road']), 6],
  [S('S10', 'Crookes', ['Crookesmoor Road', 'Fulwood Road', 'Manchester Road', 'Sandygate Road', 'Glossop Road', 'Northfield Road']), 7],
  [S('S11', 'Sharrow', ['Ecclesall Road', 'Sharrow Vale Road', 'Psalter Lane', 'Greystones Road', 'Brocco Bank', 'Ringinglow Road']), 7],
  [S('S12', 'Gleadless', ['Hollinsend Road', 'Hurlfield Road', 'Ridgeway Road', 'Mansfield Road', 'Birley Moor Road']), 5],
  [S('S13', 'Handsworth', ['Handsworth Road', 'Retford Road', 'Tannery Street', 'Beighton Road', 'Richmond Road']), 5],
  [S('S14', 'Gleadless Valley', ['Blackstock Road', 'Gaunt Road', 'Norton Avenue', 'Leighton Road']), 4],
  [S('S17', 'Dore', ['Baslow Road', 'Totley Brook Road', 'Causeway Head Road', 'Furniss Avenue', 'Townhead Road']), 3],
  [S('S20', 'Mosborough', ['Station Road', 'Moss Way', 'Eckington Road', 'Westfield Northway', 'Queen Street']), 4],
];

const SUTTON_DISTRICTS: Weighted<District> = [
  [{ outward: 'SM1', locality: 'Sutton', town: 'Sutton', landline: 'london', streets: ['Cheam Road', 'Benhill Avenue', 'Lind Road', 'Collingwood Road', 'Carshalton Road', 'Grove Road'] }, 12],
  [{ outward: 'SM2', locality: 'Belmont', town: 'Sutton', landline: 'london', streets: ['Brighton Road', 'Mulgrave Road', 'Belmont Rise', 'Egmont Road', 'Downs Road'] }, 7],
  [{ outward: 'SM3', locality: 'North Cheam', town: 'Sutton', landline: 'london', streets: ['Malden Road', 'Cheam Common Road', 'Gander Green Lane', 'Kingston Avenue', 'Ewell Road'] }, 8],
  [{ outward: 'SM4', locality: 'Morden', town: 'Morden', landline: 'london', streets: ['London Road', 'Central Road', 'Aberconway Road', 'Hillcross Avenue', 'Green Lane'] }, 6],
  [{ outward: 'SM5', locality: 'Carshalton', town: 'Carshalton', landline: 'london', streets: ['Carshalton Park Road', 'Beynon Road', 'Wrythe Lane', 'Stanley Park Road', 'North Street', 'Winchcombe Road'] }, 10],
  [{ outward: 'SM6', locality: 'Wallington', town: 'Wallington', landline: 'london', streets: ['Stafford Road', 'Woodcote Road', 'Manor Road', 'Beddington Lane', 'Sandy Lane', 'Hackbridge Road'] }, 9],
  [{ outward: 'SM7', locality: 'Banstead', town: 'Banstead', landline: 'none', streets: ['High Street', 'Bolters Lane', 'Nork Way', 'Sutton Lane', 'Garratts Lane'] }, 3],
  [{ outward: 'CR4', locality: 'Mitcham', town: 'Mitcham', landline: 'london', streets: ['London Road', 'Commonside East', 'Western Road', 'Streatham Road'] }, 3],
  [{ outward: 'SW19', locality: 'Colliers Wood', town: 'London', landline: 'london', streets: ['Merton Road', 'Haydons Road', 'Kingston Road', 'High Street Colliers Wood'] }, 2],
];

const L = (outward: string, locality: string, streets: readonly string[], town = 'London'): District => ({
  outward,
  locality,
  town,
  landline: 'london',
  streets,
});

const SOUTH_LONDON_DISTRICTS: Weighted<District> = [
  [L('SE5', 'Camberwell', ['Camberwell Grove', 'Denmark Hill', 'Coldharbour Lane', 'Grove Lane', 'Camberwell Church Street']), 7],
  [L('SE15', 'Peckham', ['Rye Lane', 'Bellenden Road', "Queen's Road", 'Choumert Road', 'Peckham Rye']), 8],
  [L('SE22', 'East Dulwich', ['Lordship Lane', 'Northcross Road', 'Barry Road', 'Crystal Palace Road']), 5],
  [L('SE13', 'Lewisham', ['Lewisham High Street', 'Loampit Vale', 'Ladywell Road', 'Algernon Road']), 6],
  [L('SE6', 'Catford', ['Rushey Green', 'Bromley Road', 'Brownhill Road', 'Sangley Road']), 6],
  [L('SE27', 'West Norwood', ['Norwood Road', 'Knights Hill', 'Elder Road', 'Auckland Hill']), 5],
  [L('SW2', 'Brixton Hill', ['Brixton Hill', 'Acre Lane', 'Tulse Hill', 'Josephine Avenue']), 7],
  [L('SW9', 'Stockwell', ['Stockwell Road', 'Brixton Road', 'Loughborough Road', 'Landor Road']), 7],
  [L('SW16', 'Streatham', ['Streatham High Road', 'Mitcham Lane', 'Gleneldon Road', 'Valley Road']), 7],
  [L('SW17', 'Tooting', ['Tooting High Street', 'Mitcham Road', 'Trinity Road', 'Upper Tooting Road']), 6],
  [L('CR0', 'Croydon', ['London Road', 'Lower Addiscombe Road', 'Whitehorse Road', 'Wellesley Road'], 'Croydon'), 6],
  [L('CR7', 'Thornton Heath', ['Brigstock Road', 'Parchmore Road', 'Melfort Road', 'Bensham Manor Road'], 'Thornton Heath'), 4],
];

export const AREAS: Readonly<Record<DemoArea, AreaProfile>> = {
  sheffield: {
    id: 'sheffield',
    organisationName: 'Sheffield Peer Support Network (sample data)',
    districts: SHEFFIELD_DISTRICTS,
    origins: [
      ['english', 60], ['welsh', 3], ['scottish', 3], ['irish', 3],
      ['pakistani', 7], ['sikh-punjabi', 1.5], ['indian', 1.5], ['bangladeshi', 1],
      ['somali', 1.5], ['yoruba', 1], ['igbo', 1], ['ghanaian', 0.7], ['zimbabwean', 0.6], ['eritrean', 0.4], ['congolese', 0.3],
      ['caribbean', 4],
      ['slovak-czech', 2], ['polish', 2], ['romanian', 0.8], ['hungarian', 0.4], ['lithuanian', 0.3], ['ukrainian', 0.5],
      ['hong-kong', 1], ['chinese', 0.8], ['vietnamese', 0.5], ['filipino', 0.3],
      ['french', 0.3], ['spanish', 0.3], ['portuguese', 0.2], ['italian', 0.3], ['greek-cypriot', 0.1], ['turkish', 0.2], ['german', 0.3],
      ['yemeni', 1.2], ['kurdish', 0.4], ['iranian', 0.3], ['syrian', 0.3],
    ],
  },
  sutton: {
    id: 'sutton',
    organisationName: 'Sutton Peer Support Project (sample data)',
    districts: SUTTON_DISTRICTS,
    origins: [
      ['english', 66], ['welsh', 2], ['scottish', 2], ['irish', 3],
      ['tamil', 3], ['indian', 2.5], ['pakistani', 2], ['sikh-punjabi', 1], ['bangladeshi', 0.5],
      ['ghanaian', 1.2], ['yoruba', 1], ['igbo', 0.8], ['somali', 0.4], ['zimbabwean', 0.4], ['eritrean', 0.2], ['congolese', 0.2],
      ['caribbean', 3],
      ['polish', 2.5], ['romanian', 0.7], ['hungarian', 0.3], ['lithuanian', 0.3], ['ukrainian', 0.5], ['slovak-czech', 0.2],
      ['hong-kong', 1.2], ['chinese', 0.6], ['vietnamese', 0.2], ['filipino', 0.5],
      ['french', 0.4], ['spanish', 0.4], ['portuguese', 0.6], ['italian', 0.5], ['greek-cypriot', 0.3], ['turkish', 0.3], ['german', 0.3],
      ['iranian', 0.4], ['kurdish', 0.2], ['syrian', 0.2], ['yemeni', 0.1],
    ],
  },
  'south-london': {
    id: 'south-london',
    organisationName: 'South London Peer Support Collective (sample data)',
    districts: SOUTH_LONDON_DISTRICTS,
    origins: [
      ['english', 40], ['welsh', 1.5], ['scottish', 1.5], ['irish', 4],
      ['indian', 2.5], ['tamil', 2.5], ['pakistani', 2], ['bangladeshi', 2], ['sikh-punjabi', 1],
      ['yoruba', 4], ['igbo', 3], ['ghanaian', 3], ['somali', 2], ['eritrean', 0.8], ['zimbabwean', 0.8], ['congolese', 1],
      ['caribbean', 12],
      ['polish', 3], ['romanian', 1.5], ['lithuanian', 0.7], ['hungarian', 0.4], ['ukrainian', 0.6], ['slovak-czech', 0.3],
      ['vietnamese', 1.2], ['chinese', 1.2], ['hong-kong', 0.8], ['filipino', 0.8],
      ['portuguese', 2], ['spanish', 1], ['french', 0.6], ['italian', 0.6], ['turkish', 0.8], ['greek-cypriot', 0.4], ['german', 0.3],
      ['kurdish', 0.8], ['iranian', 0.6], ['syrian', 0.6], ['yemeni', 0.2],
    ],
  },
};

/** Letters Royal Mail uses in the last two characters of a postcode (no C, I, K, M, O, V). */
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

export function randomPostcode(random: Random, outward: string): string {
  const a = INWARD_LETTERS.charAt(random.int(0, INWARD_LETTERS.length - 1));
  const b = INWARD_LETTERS.charAt(random.int(0, INWARD_LETTERS.length - 1));
  return `${outward} ${random.int(1, 9)}${a}${b}`;
}

export interface PostalAddress {
  line1?: string;
  line2?: string;
  town?: string;
  postcode?: string;
}

const BUILDINGS = ['Court', 'House', 'Mews', 'Lodge', 'Point', 'Gardens'];
const BUILDING_NAMES = ['Victoria', 'Albert', 'Beech', 'Oak', 'Park', 'Mill', 'Chapel', 'Station', 'Ash', 'Rowan', 'Kingfisher', 'Holly'];

export function randomAddress(random: Random, district: District): PostalAddress {
  const street = random.pick(district.streets);
  const number = random.chance(0.6) ? random.int(1, 120) : random.int(121, 480);
  const postcode = randomPostcode(random, district.outward);
  const roll = random.next();
  if (roll < 0.18) {
    // A flat: the flat on line 1, the building or street on line 2, as people write them.
    const flat = `Flat ${random.int(1, 24)}`;
    const building = random.chance(0.5) ? `${random.pick(BUILDING_NAMES)} ${random.pick(BUILDINGS)}, ${street}` : `${number} ${street}`;
    return { line1: flat, line2: building, town: district.town, postcode };
  }
  // The locality helps a delivery only when it says something the street and town do not.
  const localityAdds = district.locality !== district.town && district.locality !== street;
  if (roll < 0.55 && localityAdds) return { line1: `${number} ${street}`, line2: district.locality, town: district.town, postcode };
  return { line1: `${number} ${street}`, town: district.town, postcode };
}
