/**
 * What the printed documents need, as plain data. The caller (an API handler) assembles
 * these from the store, so the builders never see Peer Desk records and can be tested with
 * literal data. Dates are ISO `YYYY-MM-DD`; `printedOn` may also be an ISO timestamp, whose
 * date is then taken in the computer's local time. Times are `HH:MM`.
 */

export interface VenueForPrint {
  name: string;
  addressLines: string[];
  /** Access notes in words ("Step-free entrance from the car park; hearing loop in room 2"). */
  access: string;
  transportNotes?: string;
}

export interface RosterData {
  organisationName: string;
  printedOn: string;
  group: {
    name: string;
    kindLabel: string;
    /** "Every Tuesday, 10:30–12:00", printed as given. */
    scheduleInWords: string;
    venue?: VenueForPrint;
    onlineDetails?: string;
    capacity?: number;
    eligibilityNote?: string;
    /** Plain text; lines starting with "-", "*" or "•" print as a bulleted list. */
    guidelines?: string;
  };
  facilitators: { name: string; phone?: string }[];
  members: {
    name: string;
    phone?: string;
    joined: string;
    emergencyContact?: { name?: string; relationship?: string; phone?: string };
  }[];
  includeEmergencyContacts: boolean;
  waitingListCount: number;
}

export interface SignInSheetData {
  organisationName: string;
  printedOn: string;
  groupName: string;
  date: string;
  startTime: string;
  endTime: string;
  venue?: VenueForPrint;
  onlineDetails?: string;
  dropIn: boolean;
  /** Already in register order, so the paper matches the register screen line for line. */
  members: { name: string }[];
  /** Rows for walk-ins; fewer than 5 is raised to 5. */
  blankRows: number;
  facilitatorNames: string[];
}

/**
 * A facilitator as the rota prints them. Given name and surname apart let a narrow cell
 * print "S. Llewelyn-Ap Rhys"; a plain string is read as the given name, then the surname.
 */
export type RotaName = string | { given: string; surname: string };

export interface RotaSession {
  date: string;
  groupName: string;
  startTime: string;
  endTime: string;
  venueName?: string;
  facilitators: RotaName[];
  cancelled?: boolean;
  /** A date the group's schedule falls on but it does not meet, and why ("Christmas Day"). */
  noMeeting?: string;
}

export interface RotaData {
  organisationName: string;
  printedOn: string;
  /** `YYYY-MM`; sessions outside this month are left out. */
  month: string;
  sessions: RotaSession[];
}
