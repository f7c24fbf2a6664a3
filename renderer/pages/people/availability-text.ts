import { WEEKDAY_LABELS } from '../../../shared/domain/volunteers';

/** ['mon-morning', 'wed-evening'] → "Monday morning, Wednesday evening", for a profile. */
export function availabilityText(slots: readonly string[]): string {
  return slots
    .map((s) => {
      const [day, part] = s.split('-') as [keyof typeof WEEKDAY_LABELS, string];
      return `${WEEKDAY_LABELS[day] ?? day} ${part ?? ''}`.trim();
    })
    .join(', ');
}
