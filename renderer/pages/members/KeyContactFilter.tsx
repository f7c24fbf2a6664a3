import { useRef, type KeyboardEvent } from 'react';
import { NO_KEY_CONTACT } from '../../../shared/api';
import { Choice } from '../../components/Fields';
import { VolunteerChoiceField } from './VolunteerChoiceField';

const ID = 'filter-key-contact';
/** The gap kept between what the search finds and the window's edge, in pixels. */
const EDGE = 16;
/** How wide the results open, as in members.css (.picker-found). */
const FOUND_WIDTH_REM = 30;

/**
 * The members list's key-contact filter: find a volunteer by name and choose them (the
 * value is their id), or tick "no key contact". A search, not a select of every volunteer,
 * so it stays quick with thousands. What the search finds opens over the list, so the
 * filters beside it stay in line; it shows while the search (or a result) has focus.
 */
export function KeyContactFilter({ value, onChange }: { value: string; onChange: (keyContactId: string) => void }) {
  const searchBox = useRef<HTMLDivElement>(null);

  // The results are wider than the search box: near the window's right edge they open
  // further left, so their buttons are never cut off.
  const keepInWindow = () => {
    const box = searchBox.current;
    if (!box) return;
    const rect = box.getBoundingClientRect();
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const viewport = document.documentElement.clientWidth;
    const width = Math.min(Math.max(rect.width, FOUND_WIDTH_REM * rem), viewport - 2 * EDGE);
    const shift = Math.max(0, Math.min(rect.left + width - (viewport - EDGE), rect.left - EDGE));
    box.style.setProperty('--found-shift', `${Math.round(shift)}px`);
  };

  // Escape from a result goes back to the search box (Escape there empties it).
  const backToSearch = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape' && e.target instanceof HTMLElement && e.target.closest('.picker-found')) {
      document.getElementById(ID)?.focus();
    }
  };

  return (
    <div className="key-contact-filter">
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions -- places the results, and takes Escape from the buttons inside */}
      <div className="key-contact-filter__search" ref={searchBox} onFocus={keepInWindow} onKeyDown={backToSearch}>
        <VolunteerChoiceField
          id={ID}
          label="Key contact"
          hint="Members with this key contact"
          searchHint="Type a volunteer’s name"
          noun="key contact filter"
          value={value === NO_KEY_CONTACT ? '' : value}
          onChange={onChange}
          currentOnly={false}
          clearVerb="Clear"
          changeable={false}
        />
      </div>
      <div className="field filters__check">
        <Choice type="checkbox" label="Only with no key contact" checked={value === NO_KEY_CONTACT} onChange={(e) => onChange(e.target.checked ? NO_KEY_CONTACT : '')} />
      </div>
    </div>
  );
}
