import type { AccessAnswer, Venue } from '../../shared/domain/venues';
import { weightedPicker, type Random, type Weighted } from './random';
import { PhoneBook, EmailBook } from './contact';
import { makeName, type NameOrigin } from './names';
import { randomPostcode, type AreaProfile, type DemoArea, type District } from './places';
import { landlineRange } from './volunteers';

/**
 * Where groups meet. Peer support runs in borrowed rooms: community centres, church halls,
 * library meeting rooms and the back room of a friendly café, each with its own quirks of
 * access and cost. A coordinator choosing a venue for a member who uses a wheelchair needs
 * the access answers to vary (including "not checked"), so they are drawn per kind of room.
 */

export const VENUE_TYPES = ['community-centre', 'church-hall', 'library', 'cafe', 'meeting-house', 'hub'] as const;
export type VenueType = (typeof VENUE_TYPES)[number];

/** A venue before it has timestamps: those follow from the first group that meets there. */
export interface VenueDraft {
  venue: Omit<Venue, 'createdAt' | 'updatedAt'>;
  type: VenueType;
  district: District;
}

type AccessOdds = readonly [yes: number, no: number];

interface TypeProfile {
  stepFree: AccessOdds;
  hearingLoop: AccessOdds;
  accessibleToilet: AccessOdds;
  parking: AccessOdds;
  /** Room hire per session in whole pounds, [fewest, most]; null when it is free or our own base. */
  cost: readonly [number, number] | null;
  notes: readonly string[];
}

const PROFILES: Record<VenueType, TypeProfile> = {
  'community-centre': {
    stepFree: [0.85, 0.1],
    hearingLoop: [0.5, 0.3],
    accessibleToilet: [0.85, 0.1],
    parking: [0.6, 0.3],
    cost: [14, 26],
    notes: [
      'Room 2 is upstairs; the lift is by reception. Sign in at the desk.',
      'Tea and coffee in the kitchen; bring our own milk.',
      'Caretaker locks up at 9pm sharp.',
      'Small room off the main hall: quieter than the hall itself.',
    ],
  },
  'church-hall': {
    stepFree: [0.5, 0.4],
    hearingLoop: [0.45, 0.25],
    accessibleToilet: [0.5, 0.35],
    parking: [0.4, 0.45],
    cost: [10, 20],
    notes: [
      'Hall behind the church: use the side gate, not the church door.',
      'Heating is slow to warm up in winter; the key holder opens 30 minutes early if asked.',
      'Three steps at the front; the ramp is round the side by the car park.',
      'Hall is used by a toddler group until 12:30 on weekdays.',
    ],
  },
  library: {
    stepFree: [0.95, 0.03],
    hearingLoop: [0.7, 0.15],
    accessibleToilet: [0.8, 0.15],
    parking: [0.3, 0.6],
    cost: [0, 15],
    notes: [
      'Community room on the first floor; lift beside the children’s section.',
      'Free for community groups; the room must be cleared by closing time.',
      'Book through the library desk at least a month ahead.',
    ],
  },
  cafe: {
    stepFree: [0.35, 0.6],
    hearingLoop: [0.05, 0.65],
    accessibleToilet: [0.25, 0.7],
    parking: [0.15, 0.8],
    cost: null,
    notes: [
      'No room charge: members buy a drink at the counter. Back room seats about 15.',
      'Two steps down into the back room; staff are happy to help.',
      'Café stays open, so it can be noisy at lunchtime.',
    ],
  },
  'meeting-house': {
    stepFree: [0.7, 0.2],
    hearingLoop: [0.6, 0.2],
    accessibleToilet: [0.6, 0.3],
    parking: [0.3, 0.6],
    cost: [12, 18],
    notes: ['Small meeting room with comfortable chairs; kitchen next door.', 'Quiet garden members can step out into.'],
  },
  hub: {
    stepFree: [0.9, 0.05],
    hearingLoop: [0.8, 0.1],
    accessibleToilet: [0.9, 0.05],
    parking: [0.4, 0.5],
    cost: null,
    notes: ['Our own base: kitchen, quiet room and a computer members can use.', 'Ring the bell; a volunteer will let you in.'],
  },
};

const SAINTS = ['Mary', 'John', 'Peter', 'Andrew', 'Michael', 'Paul', 'Barnabas', 'Aidan', 'Oswald', 'Thomas', 'Luke', 'James', 'Cuthbert', 'Hilda', 'Chad', 'Margaret'];
const CAFES = ['The Blue Teapot', 'Common Ground Café', 'The Green Kettle', 'Rise and Shine Café', 'The Hearth', 'Two Spoons Café', 'The Reading Room Café', 'Sunflower Café'];
const CHAPELS = ['Methodist Church', 'Friends Meeting House', 'United Reformed Church', 'Baptist Church'];

function venueName(random: Random, type: VenueType, district: District, used: Set<string>): string {
  for (let attempt = 0; attempt < 8; attempt++) {
    let name: string;
    switch (type) {
      case 'community-centre':
        name = `${district.locality} ${random.pick(['Community Centre', 'Community Centre', 'Neighbourhood Centre', 'Community Association'])}`;
        break;
      case 'church-hall':
        name = `St ${random.pick(SAINTS)}’s Church Hall, ${district.locality}`;
        break;
      case 'library':
        name = `${district.locality} Library`;
        break;
      case 'cafe':
        name = `Back room at ${random.pick(CAFES)}, ${district.locality}`;
        break;
      case 'meeting-house':
        name = `${district.locality} ${random.pick(CHAPELS)}`;
        break;
      case 'hub':
        name = `The Wellbeing Hub, ${district.locality}`;
        break;
    }
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
  const fallback = `${district.locality} ${type === 'library' ? 'Library (branch)' : 'Centre'} ${used.size + 1}`;
  used.add(fallback);
  return fallback;
}

/**
 * How to get there, by outward code. Written as a coordinator would for members; routes
 * and stops are the real ones near each area, but check them before printing for real use.
 */
const TRANSPORT: Readonly<Record<DemoArea, Readonly<Record<string, string>>>> = {
  sheffield: {
    S1: 'City centre: Cathedral and Castle Square tram stops are a few minutes’ walk; most bus routes stop on High Street.',
    S2: 'Buses along London Road and Chesterfield Road stop nearby; Sheffield station is about 15 minutes’ walk.',
    S3: 'Netherthorpe Road and Shalesmoor tram stops (yellow and blue routes) are close by.',
    S4: 'Buses up Spital Hill and along Burngreave Road stop outside.',
    S5: 'Buses along Barnsley Road stop at Firth Park; Northern General Hospital buses pass nearby.',
    S6: 'Hillsborough tram stop (yellow and blue routes) is a short walk; Middlewood Road has frequent buses.',
    S7: 'Frequent buses along Abbeydale Road; Sheffield station is 5 minutes by bus.',
    S8: 'Buses along Chesterfield Road stop at Woodseats; steep walk up from the main road.',
    S9: 'Darnall tram stop is nearby; buses along Staniforth Road.',
    S10: 'Buses along Fulwood Road and Crookesmoor Road; the area is hilly.',
    S11: 'Buses along Ecclesall Road stop nearby.',
    S12: 'Gleadless Townend tram stop (blue route) and buses along Hollinsend Road.',
    S13: 'Buses along Handsworth Road; Woodhouse station is about a mile away.',
    S14: 'Buses from the city centre stop on Blackstock Road.',
    S17: 'Dore and Totley station is a 10-minute walk; buses along Baslow Road.',
    S20: 'Crystal Peaks tram stop (blue route) and the bus station next to it.',
  },
  sutton: {
    SM1: 'Sutton station (trains to London Victoria and Blackfriars) is a short walk; many buses stop on the High Street.',
    SM2: 'Belmont station is nearby; buses along Brighton Road.',
    SM3: 'Buses along Malden Road and London Road; Worcester Park station is about 15 minutes’ walk.',
    SM4: 'Morden Underground station (Northern line) then a short bus ride.',
    SM5: 'Carshalton station is a few minutes’ walk; buses along Wrythe Lane.',
    SM6: 'Wallington station is close by; buses along Stafford Road.',
    SM7: 'Banstead station is a 10-minute walk; limited buses in the evening.',
    CR4: 'Mitcham tram stop and buses along London Road.',
    SW19: 'Colliers Wood Underground station (Northern line) is a few minutes’ walk.',
  },
  'south-london': {
    SE5: 'Denmark Hill station is nearby; buses along Camberwell Church Street.',
    SE15: 'Peckham Rye station is a few minutes’ walk; many buses along Rye Lane.',
    SE22: 'East Dulwich station is close by; buses along Lordship Lane.',
    SE13: 'Lewisham DLR and rail station is a short walk.',
    SE6: 'Catford and Catford Bridge stations are both nearby.',
    SE27: 'West Norwood station is close by; buses along Norwood Road.',
    SW2: 'Brixton Underground (Victoria line) then a bus up Brixton Hill.',
    SW9: 'Stockwell Underground (Northern and Victoria lines) is a few minutes’ walk.',
    SW16: 'Streatham station is nearby; buses along Streatham High Road.',
    SW17: 'Tooting Broadway Underground (Northern line) is a short walk.',
    CR0: 'East Croydon station and the trams are about 10 minutes’ walk.',
    CR7: 'Thornton Heath station is close by; buses along Brigstock Road.',
  },
};

function access(random: Random, odds: AccessOdds): AccessAnswer {
  const roll = random.next();
  if (roll < odds[0]) return 'yes';
  if (roll < odds[0] + odds[1]) return 'no';
  return 'unknown';
}

const BOOKING_ROLES = ['bookings', 'hall.bookings', 'office', 'hello'];

export interface GenerateVenuesOptions {
  count: number;
  area: AreaProfile;
  /** Name origins of the people who live here, for the venue contact's name. */
  origins: Weighted<NameOrigin>;
  phones: PhoneBook;
  emails: EmailBook;
}

/**
 * `count` venues spread over the busier districts, cycling through the kinds of room so even
 * a small set has a church hall, a library and a café. The first is always the charity's
 * own base, where the drop-in is held.
 */
export function generateVenues(random: Random, options: GenerateVenuesOptions): VenueDraft[] {
  const { area } = options;
  const pickDistrict = weightedPicker(area.districts);
  const pickOrigin = weightedPicker(options.origins);
  const order: VenueType[] = ['hub', 'community-centre', 'church-hall', 'library', 'cafe', 'community-centre', 'meeting-house', 'church-hall'];
  const usedNames = new Set<string>();
  const usedDistricts = new Set<string>();
  const drafts: VenueDraft[] = [];
  for (let i = 0; i < options.count; i++) {
    const type: VenueType = i < order.length ? (order[i] as VenueType) : (order[1 + ((i - order.length) % (order.length - 1))] as VenueType);
    // Spread over districts first; only a large set puts two rooms in one district.
    let district = pickDistrict(random);
    for (let tries = 0; tries < 6 && usedDistricts.has(`${type}:${district.outward}`); tries++) district = pickDistrict(random);
    usedDistricts.add(`${type}:${district.outward}`);
    const profile = PROFILES[type];
    const street = random.pick(district.streets);
    const name = venueName(random, type, district, usedNames);
    const line1 = `${random.int(1, 240)} ${street}`;
    const pc = randomPostcode(random, district.outward);
    const address: Venue['address'] =
      district.locality !== district.town && random.chance(0.5)
        ? { line1, line2: district.locality, town: district.town, postcode: pc }
        : { line1, town: district.town, postcode: pc };
    const contactName = makeName(random, pickOrigin(random), random.chance(0.6) ? 'f' : 'm');
    const slug = name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/back room at |the |, .*$/g, '')
      .replace(/[^a-z0-9]+/g, '')
      .slice(0, 24);
    const contact: Venue['contact'] = {
      name: `${contactName.preferredName ?? contactName.firstName} ${contactName.lastName}`,
      phone: options.phones.number(landlineRange(district)),
    };
    if (type !== 'cafe' || random.chance(0.5)) contact.email = `${random.pick(BOOKING_ROLES)}.${slug}@example.org`;
    const venue: VenueDraft['venue'] = {
      id: random.uuid(),
      name,
      address,
      access: {
        stepFree: access(random, profile.stepFree),
        hearingLoop: access(random, profile.hearingLoop),
        accessibleToilet: access(random, profile.accessibleToilet),
        parking: access(random, profile.parking),
      },
      contact,
    };
    const transport = TRANSPORT[area.id][district.outward];
    if (transport !== undefined) venue.transportNotes = transport;
    if (profile.cost !== null) venue.roomCostPence = random.int(profile.cost[0], profile.cost[1]) * 100 + (random.chance(0.3) ? 50 : 0);
    if (random.chance(0.7)) venue.notes = random.pick(profile.notes);
    drafts.push({ venue, type, district });
  }
  return drafts;
}

/** The stored record, keys in schema order so it reads back byte-for-byte the same. */
export function venueRecord(draft: VenueDraft, createdAt: string, updatedAt: string): Venue {
  const v = draft.venue;
  const out = { id: v.id, createdAt, updatedAt, name: v.name, address: v.address, access: v.access } as Venue;
  if (v.transportNotes !== undefined) out.transportNotes = v.transportNotes;
  out.contact = v.contact;
  if (v.roomCostPence !== undefined) out.roomCostPence = v.roomCostPence;
  if (v.notes !== undefined) out.notes = v.notes;
  return out;
}
