export type BadgeTone = 'active' | 'left' | 'paused' | 'pipeline';

// The label is always shown; colour only repeats it. A person's status badge takes its
// tone from their kind (pages/people/ProfileParts.tsx).
export function Badge({ label, tone }: { label: string; tone: BadgeTone }) {
  return <span className={`badge badge--${tone}`}>{label}</span>;
}
