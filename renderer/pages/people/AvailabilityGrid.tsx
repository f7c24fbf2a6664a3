import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { DAY_PARTS, WEEKDAYS, WEEKDAY_LABELS } from '../../../shared/domain/volunteers';

/**
 * Weekday × morning / afternoon / evening, as ticks: when a volunteer is usually free, and
 * when a member could meet one (so suggestions can say "Both free: Monday morning").
 * `field` is react-hook-form's registration of the list, shared by every box.
 */
export function AvailabilityGrid({ field, legend, caption, hint }: { field: UseFormRegisterReturn; legend: string; caption: string; hint?: string }) {
  const hintId = useId();
  return (
    <fieldset aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <span id={hintId} className="hint">
          {hint}
        </span>
      ) : null}
      <div className="table-wrap">
        <table className="availability-grid">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <td />
              {DAY_PARTS.map((p) => (
                <th key={p} scope="col">
                  {p.charAt(0).toUpperCase() + p.slice(1)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {WEEKDAYS.map((d) => (
              <tr key={d}>
                <th scope="row">{WEEKDAY_LABELS[d]}</th>
                {DAY_PARTS.map((p) => {
                  const id = `avail-${d}-${p}`;
                  return (
                    <td key={p}>
                      <label htmlFor={id} className="visually-hidden">{`${WEEKDAY_LABELS[d]} ${p}`}</label>
                      <input id={id} type="checkbox" value={`${d}-${p}`} {...field} />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}
