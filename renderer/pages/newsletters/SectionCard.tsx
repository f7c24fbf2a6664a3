import { SECTION_KIND_LABELS, type NewsletterSection } from '../../../shared/domain/newsletters';
import { MarkupView } from './MarkupView';

/** One section of an issue as it will read, with its kind, and (on a draft) the buttons to change it. */
export function SectionCard({
  section,
  position,
  count,
  editable,
  onEdit,
  onMove,
  onDelete,
}: {
  section: NewsletterSection;
  position: number;
  count: number;
  editable: boolean;
  onEdit: () => void;
  onMove: (direction: 'up' | 'down') => void;
  onDelete: () => void;
}) {
  const headingId = `section-${section.id}-heading`;
  const name = section.heading;
  return (
    <li className="nl-section" aria-labelledby={headingId}>
      <div className="nl-section__head">
        <div>
          <p className="nl-section__kind">
            {position} of {count} · {SECTION_KIND_LABELS[section.kind]}
          </p>
          <h3 id={headingId}>{section.heading}</h3>
          {section.kind === 'article' ? (
            <p className="nl-section__byline">
              {section.author ? `By ${section.author}` : 'No author given'}
              {section.publishAgreed ? (
                <span className="tag tag--ok">Member agreed to publish</span>
              ) : (
                <span className="tag tag--warn">Not yet agreed to publish</span>
              )}
            </p>
          ) : null}
        </div>
        {editable ? (
          <div className="row-actions" role="group" aria-label={`Change “${name}”`}>
            <button type="button" className="button button--secondary" onClick={onEdit}>
              Edit<span className="visually-hidden"> “{name}”</span>
            </button>
            <button id={`move-up-${section.id}`} type="button" className="button button--secondary" disabled={position === 1} onClick={() => onMove('up')}>
              Move up<span className="visually-hidden"> “{name}”</span>
            </button>
            <button id={`move-down-${section.id}`} type="button" className="button button--secondary" disabled={position === count} onClick={() => onMove('down')}>
              Move down<span className="visually-hidden"> “{name}”</span>
            </button>
            <button type="button" className="button button--secondary" onClick={onDelete}>
              Delete<span className="visually-hidden"> “{name}”</span>
            </button>
          </div>
        ) : null}
      </div>
      {section.image ? (
        <figure className="nl-section__picture">
          <img src={`data:${section.image.mimeType};base64,${section.image.base64}`} alt={section.image.alt} />
          <figcaption>Picture description: {section.image.alt}</figcaption>
        </figure>
      ) : null}
      <MarkupView text={section.body} empty="No text yet." />
    </li>
  );
}
