import { useEffect } from 'react';
import { mustSpeakLanguages } from '../../../shared/domain/members';
import { splitList } from '../../../shared/fields';
import { Choice, ChoiceGroup } from '../../components/Fields';

const key = (language: string) => language.toLocaleLowerCase('en-GB');

/**
 * "Their volunteer must speak <language>": a tick-box for each language the member listed
 * (following the Languages field as it is typed), plus any on file that was never in their
 * list (typed freely before these boxes, or read from a CSV file), so saving never drops one
 * unseen. A ticked language taken out of the list is no longer ticked.
 * The value is the one text the record keeps ("Welsh", "Welsh, Polish"): see mustSpeakLanguages.
 */
export function MustSpeakChoices({
  id,
  languagesText,
  onFile,
  value,
  onChange,
  error,
}: {
  /** The first box's id, for the error summary's link. */
  id: string;
  languagesText: string;
  /** The record as it was opened: its languages (as typed in the form) and must-speak text. */
  onFile: { languagesText: string | undefined; needsLanguage: string | undefined };
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  const listed = splitList(languagesText);
  const listedOnFile = new Set(splitList(onFile.languagesText ?? '').map(key));
  const unlisted = mustSpeakLanguages(onFile.needsLanguage).filter((l) => !listedOnFile.has(key(l)) && !listed.some((o) => key(o) === key(l)));
  const options = [...listed, ...unlisted];
  const optionKeys = new Set(options.map(key));
  const ticked = mustSpeakLanguages(value);
  const kept = ticked.filter((l) => optionKeys.has(key(l)));

  // A language taken out of the list above is no longer one their volunteer must speak.
  const dropped = kept.length !== ticked.length;
  const keptText = kept.join(', ');
  useEffect(() => {
    if (dropped) onChange(keptText);
  }, [dropped, keptText, onChange]);

  const toggle = (language: string, on: boolean) => {
    const rest = kept.filter((l) => key(l) !== key(language));
    onChange((on ? [...rest, language] : rest).join(', '));
  };

  return (
    <ChoiceGroup legend="Language their volunteer must speak" hint="Tick only if it matters. There is a box for each language listed above." error={error}>
      {options.length === 0 ? (
        <p className="hint">List their languages above to choose one here.</p>
      ) : (
        options.map((language, i) => (
          <Choice
            key={key(language)}
            id={i === 0 ? id : undefined}
            type="checkbox"
            label={`Their volunteer must speak ${language}`}
            checked={kept.some((l) => key(l) === key(language))}
            onChange={(e) => toggle(language, e.target.checked)}
          />
        ))
      )}
    </ChoiceGroup>
  );
}
