import { describe, expect, it } from 'vitest';
import { dateInWords, initialsAndSurname, printableName, printableText, printedDate, shortDateInWords, timeRange, ukDate } from '../../../electron/pdf/text';

describe('printableText', () => {
  it('keeps Welsh, Polish, Vietnamese and other accented names exactly', () => {
    for (const name of ['Siân ap Llŷr', 'Gwenllian Ŵyn', 'Łukasz Wróbel', 'Nguyễn Thị Minh Khai', 'Zoë Brontë-Ffoulkes', 'Małgorzata Nowak-Szymańska', "Seán O'Sullivan"]) {
      expect(printableText(name)).toBe(name);
    }
  });

  it('composes accents typed as separate marks, which the font cannot draw on their own', () => {
    const decomposed = 'Nguye\u0302\u0303n Thi\u0323 Minh Khai';
    expect(printableText(decomposed)).toBe('Nguyễn Thị Minh Khai');
    expect(printableText('Sia\u0302n ap Lly\u0302r')).toBe('Siân ap Llŷr');
  });

  it('removes emoji, with their joiners, skin tones and flags, and keeps the rest of the name', () => {
    expect(printableText('Jess 🌈 Morgan')).toBe('Jess Morgan');
    expect(printableText('Sam 👩🏽‍💻 Lee')).toBe('Sam Lee');
    expect(printableText('Ali 🏳️‍🌈')).toBe('Ali');
    expect(printableText('Cymru 🏴󠁧󠁢󠁷󠁬󠁳󠁿 Dai')).toBe('Cymru Dai');
    expect(printableText('🇵🇱 Łukasz ❤️')).toBe('Łukasz');
    expect(printableText('Room 1️⃣')).toBe('Room 1');
  });

  it('keeps ©, ® and ™, which the font has', () => {
    expect(printableText('Mind® Cymru © 2025 Peer Desk™')).toBe('Mind® Cymru © 2025 Peer Desk™');
  });

  it('keeps line breaks in longer text but drops control and private-use characters', () => {
    expect(printableText('Line one\r\nLine\ttwo\u0007\n\uE000Line three  ')).toBe('Line one\nLine two\nLine three');
  });

  it('gives a name that cannot be printed at all a visible stand-in rather than a blank row', () => {
    expect(printableName('🌈🌈')).toBe('(name cannot be printed)');
    expect(printableName('  Aled\nRhys ')).toBe('Aled Rhys');
  });
});

describe('dates and times on paper', () => {
  it('writes UK dates', () => {
    expect(ukDate('2025-12-09')).toBe('09/12/2025');
    expect(dateInWords('2025-12-09')).toBe('Tuesday 9 December 2025');
    expect(dateInWords('2026-03-01')).toBe('Sunday 1 March 2026');
    expect(shortDateInWords('2025-12-09')).toBe('Tue 9 Dec 2025');
    expect(timeRange('10:30', '12:00')).toBe('10:30–12:00');
  });

  it('takes the date of a printed-on timestamp in local time', () => {
    expect(printedDate('2025-12-08')).toBe('08/12/2025');
    expect(printedDate(new Date(2025, 11, 8, 23, 45).toISOString())).toBe('08/12/2025');
    expect(printedDate(new Date(2025, 11, 9, 0, 15).toISOString())).toBe('09/12/2025');
  });

  it('prints something that is not a date as given rather than "Invalid date"', () => {
    expect(ukDate('2025-02-30')).toBe('2025-02-30');
    expect(dateInWords('soon')).toBe('soon');
    expect(printedDate('unknown')).toBe('unknown');
  });
});

describe('initialsAndSurname', () => {
  it('keeps the surname whole and gives each given name its initial, accents and all', () => {
    expect(initialsAndSurname('Bartholomew', 'Fitzgerald-Worthington')).toBe('B. Fitzgerald-Worthington');
    expect(initialsAndSurname('Siân', 'Llewelyn-Ap Rhys')).toBe('S. Llewelyn-Ap Rhys');
    expect(initialsAndSurname('Łukasz', 'Wróbel')).toBe('Ł. Wróbel');
    expect(initialsAndSurname('Mary-Catherine', 'Featherstonehaugh')).toBe('M.-C. Featherstonehaugh');
    expect(initialsAndSurname('Mary Ann', 'Evans')).toBe('M. A. Evans');
  });

  it('leaves a single name as it is, and drops emoji from both parts', () => {
    expect(initialsAndSurname('Cher', '')).toBe('Cher');
    expect(initialsAndSurname('', 'Okonkwo')).toBe('Okonkwo');
    expect(initialsAndSurname('🌈 Jess', 'Morgan 🌈')).toBe('J. Morgan');
  });
});
