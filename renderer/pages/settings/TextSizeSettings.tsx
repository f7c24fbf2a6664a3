import { useState } from 'react';
import type { TextSize } from '../../../shared/domain/settings';
import { Choice } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { api, errorMessage } from '../../lib/api';
import { useAppStatus } from '../../lib/app-status';

/** Settings → Text size: applied to every page at once, and kept. No Save: choosing is saving. */
export function TextSizeSettings() {
  const { status, refresh } = useAppStatus();
  const { flash } = useFlash();
  const [textSize, setTextSizeShown] = useState<TextSize>(status.settings.textSize);

  async function setTextSize(next: TextSize) {
    // Show the new size at once; the saved setting follows.
    setTextSizeShown(next);
    document.documentElement.dataset.textSize = next;
    try {
      await api.settings.update({ textSize: next });
      await refresh();
      flash(next === 'large' ? 'Large text is on' : 'Standard text size is on');
    } catch (err) {
      flash(errorMessage(err), 'error');
    }
  }

  return (
    <fieldset>
      <legend>Text size on every page</legend>
      <div className="choices">
        <Choice type="radio" name="text-size" label="Standard" checked={textSize === 'standard'} onChange={() => void setTextSize('standard')} />
        <Choice type="radio" name="text-size" label="Large" checked={textSize === 'large'} onChange={() => void setTextSize('large')} />
      </div>
    </fieldset>
  );
}
