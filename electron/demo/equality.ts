import { PREFER_NOT_TO_SAY, type Equality, type EthnicityId } from '../../shared/domain/equality';
import type { MemberStatus } from '../../shared/domain/members';
import type { Gender, HeritageGroup, NameOrigin } from './names';
import { weightedPicker, type Random, type Weighted } from './random';

/**
 * Optional equality monitoring answers for sample members. Funder reports count these, so
 * the spread must look like a real English city: the ethnic group follows the family
 * background the name was drawn from (so Sheffield and South London differ as they should),
 * a share of people mark "Prefer not to say", and many questions are simply left blank.
 */

type Answer<T extends string> = T | typeof PREFER_NOT_TO_SAY;

/** Most people of a background tick one box; some pick another that also fits them. */
const ETHNICITY_BY_ORIGIN: Readonly<Record<string, Weighted<EthnicityId>>> = {
  english: [['white-british', 93], ['white-and-black-caribbean', 2], ['white-and-asian', 1.2], ['other-mixed', 1], ['gypsy-or-irish-traveller', 0.3], ['other-white', 1]],
  welsh: [['white-british', 97], ['other-white', 2], ['other-mixed', 1]],
  scottish: [['white-british', 97], ['other-white', 2], ['other-mixed', 1]],
  irish: [['irish', 70], ['white-british', 25], ['gypsy-or-irish-traveller', 3], ['other-white', 2]],
  pakistani: [['pakistani', 95], ['other-asian', 3], ['white-and-asian', 2]],
  'sikh-punjabi': [['indian', 90], ['other-asian', 10]],
  indian: [['indian', 92], ['other-asian', 5], ['white-and-asian', 3]],
  bangladeshi: [['bangladeshi', 96], ['other-asian', 4]],
  tamil: [['other-asian', 60], ['indian', 40]],
  somali: [['african', 90], ['other-black', 10]],
  yoruba: [['african', 92], ['other-black', 4], ['white-and-black-african', 4]],
  igbo: [['african', 92], ['other-black', 4], ['white-and-black-african', 4]],
  ghanaian: [['african', 92], ['other-black', 4], ['white-and-black-african', 4]],
  zimbabwean: [['african', 90], ['white-and-black-african', 5], ['other-black', 5]],
  eritrean: [['african', 95], ['other-black', 5]],
  congolese: [['african', 95], ['other-black', 5]],
  caribbean: [['caribbean', 80], ['white-and-black-caribbean', 12], ['other-black', 8]],
  polish: [['other-white', 98], ['white-british', 2]],
  romanian: [['other-white', 80], ['roma', 20]],
  'slovak-czech': [['roma', 55], ['other-white', 45]],
  hungarian: [['other-white', 85], ['roma', 15]],
  lithuanian: [['other-white', 100]],
  ukrainian: [['other-white', 100]],
  'hong-kong': [['chinese', 95], ['other-asian', 5]],
  chinese: [['chinese', 100]],
  vietnamese: [['other-asian', 85], ['chinese', 15]],
  filipino: [['other-asian', 100]],
  french: [['other-white', 95], ['other-mixed', 5]],
  spanish: [['other-white', 95], ['other-mixed', 5]],
  portuguese: [['other-white', 90], ['other-mixed', 5], ['any-other', 5]],
  italian: [['other-white', 100]],
  'greek-cypriot': [['other-white', 100]],
  turkish: [['other-white', 55], ['any-other', 45]],
  german: [['other-white', 100]],
  yemeni: [['arab', 95], ['any-other', 5]],
  syrian: [['arab', 90], ['any-other', 10]],
  kurdish: [['any-other', 60], ['other-white', 20], ['arab', 20]],
  iranian: [['any-other', 80], ['other-asian', 20]],
};

/** How people describe themselves in the "any other" answers, by background. */
const DETAIL_BY_ORIGIN: Readonly<Record<string, string>> = {
  polish: 'Polish',
  romanian: 'Romanian',
  hungarian: 'Hungarian',
  lithuanian: 'Lithuanian',
  ukrainian: 'Ukrainian',
  'slovak-czech': 'Slovak',
  tamil: 'Sri Lankan Tamil',
  vietnamese: 'Vietnamese',
  filipino: 'Filipino',
  turkish: 'Turkish',
  kurdish: 'Kurdish',
  iranian: 'Iranian',
  portuguese: 'Portuguese',
  french: 'French',
  spanish: 'Spanish',
  italian: 'Italian',
  'greek-cypriot': 'Greek Cypriot',
  german: 'German',
  somali: 'Somali',
  eritrean: 'Eritrean',
};

const RELIGION_BY_GROUP: Readonly<Record<HeritageGroup, Weighted<string>>> = {
  english: [['none', 48], ['christian', 42], ['buddhist', 2], ['other', 3], ['jewish', 1]],
  welsh: [['none', 50], ['christian', 45], ['other', 3]],
  scottish: [['none', 52], ['christian', 44], ['other', 3]],
  irish: [['christian', 70], ['none', 28], ['other', 2]],
  'south-asian': [['muslim', 55], ['sikh', 18], ['hindu', 20], ['christian', 3], ['none', 4]],
  african: [['christian', 60], ['muslim', 32], ['none', 6], ['other', 2]],
  caribbean: [['christian', 65], ['none', 28], ['other', 5], ['muslim', 2]],
  'east-european': [['christian', 78], ['none', 20], ['jewish', 1]],
  'east-asian': [['none', 50], ['buddhist', 25], ['christian', 22], ['other', 3]],
  european: [['christian', 55], ['none', 40], ['jewish', 3], ['muslim', 2]],
  'middle-eastern': [['muslim', 85], ['christian', 7], ['none', 6], ['other', 2]],
};

/** Religion follows the specific background where the group alone would mislead. */
const RELIGION_BY_ORIGIN: Readonly<Record<string, Weighted<string>>> = {
  pakistani: [['muslim', 94], ['none', 4], ['christian', 2]],
  bangladeshi: [['muslim', 95], ['none', 5]],
  'sikh-punjabi': [['sikh', 90], ['none', 6], ['hindu', 4]],
  indian: [['hindu', 55], ['muslim', 15], ['sikh', 12], ['christian', 8], ['none', 10]],
  tamil: [['hindu', 70], ['christian', 20], ['none', 10]],
  somali: [['muslim', 97], ['none', 3]],
};

const pickDisability = weightedPicker<Answer<'yes-a-lot' | 'yes-a-little' | 'no'>>([
  ['yes-a-lot', 26],
  ['yes-a-little', 34],
  ['no', 31],
  [PREFER_NOT_TO_SAY, 9],
]);
const pickOrientation = weightedPicker<Answer<'straight' | 'gay-or-lesbian' | 'bisexual' | 'other'>>([
  ['straight', 78],
  ['gay-or-lesbian', 5],
  ['bisexual', 5],
  ['other', 1],
  [PREFER_NOT_TO_SAY, 11],
]);

const ethnicityPickers = new Map<string, (r: Random) => EthnicityId>();
const religionPickers = new Map<string, (r: Random) => string>();

function ethnicityFor(random: Random, origin: NameOrigin): EthnicityId {
  let pick = ethnicityPickers.get(origin.id);
  if (!pick) {
    pick = weightedPicker(ETHNICITY_BY_ORIGIN[origin.id] ?? [['any-other', 1]]);
    ethnicityPickers.set(origin.id, pick);
  }
  return pick(random);
}

function religionFor(random: Random, origin: NameOrigin): string {
  let pick = religionPickers.get(origin.id);
  if (!pick) {
    pick = weightedPicker(RELIGION_BY_ORIGIN[origin.id] ?? RELIGION_BY_GROUP[origin.group]);
    religionPickers.set(origin.id, pick);
  }
  return pick(random);
}

export interface EqualitySubject {
  origin: NameOrigin;
  gender: Gender;
  status: MemberStatus;
}

/**
 * One member's answers, in the canonical form the equality tab saves: only the answers
 * given, free text only beside the answer it belongs to. Someone just referred has not
 * been asked yet; most others were, and answered some or all of it.
 */
export function equalityFor(random: Random, who: EqualitySubject): Equality {
  const asked = who.status === 'referred' ? 0 : who.status === 'contacted' ? 0.3 : 0.72;
  if (!random.chance(asked)) return {};
  const declinesAll = random.chance(0.05);
  const blank = (p: number): boolean => random.chance(p);
  const pnts = (p: number): boolean => declinesAll || random.chance(p);
  const out: Equality = {};

  if (!blank(0.04)) out.sex = pnts(0.03) ? PREFER_NOT_TO_SAY : who.gender === 'm' ? 'male' : who.gender === 'f' ? 'female' : random.chance(0.5) ? 'female' : 'male';
  if (!blank(0.1)) {
    if (pnts(0.04)) out.genderSameAsSex = PREFER_NOT_TO_SAY;
    else if (who.gender === 'x' || random.chance(0.006)) {
      out.genderSameAsSex = 'no';
      if (random.chance(0.7)) out.genderIdentity = who.gender === 'x' ? random.pick(['Non-binary', 'Non-binary', 'Genderfluid', 'Agender']) : random.pick(['Trans woman', 'Trans man']);
    } else out.genderSameAsSex = 'yes';
  }
  if (!blank(0.06)) {
    if (pnts(0.05)) out.ethnicity = PREFER_NOT_TO_SAY;
    else {
      const ethnicity = ethnicityFor(random, who.origin);
      out.ethnicity = ethnicity;
      const detail = DETAIL_BY_ORIGIN[who.origin.id];
      if ((ethnicity.startsWith('other-') || ethnicity === 'any-other') && detail !== undefined && random.chance(0.6)) out.ethnicityDetail = detail;
    }
  }
  if (!blank(0.12)) out.disability = declinesAll ? PREFER_NOT_TO_SAY : pickDisability(random);
  if (!blank(0.18)) out.sexualOrientation = declinesAll ? PREFER_NOT_TO_SAY : pickOrientation(random);
  if (!blank(0.15)) out.religion = (pnts(0.07) ? PREFER_NOT_TO_SAY : religionFor(random, who.origin));
  return out;
}
