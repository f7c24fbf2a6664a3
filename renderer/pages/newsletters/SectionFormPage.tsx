import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Link, useLocation, useParams } from 'wouter';
import { insertLink, toggleBullets, toggleWrap, type Edit } from '../../../shared/domain/newsletter-markup';
import { SECTION_KIND_LABELS, SECTION_KINDS, sectionFormSchema, type NewsletterIssue, type SectionFormValues, type SectionInput } from '../../../shared/domain/newsletters';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Choice, SelectField, TextField } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { Page } from '../../components/Page';
import { ApiCallError, api, errorMessage } from '../../lib/api';
import { fieldId } from '../../lib/form-errors';
import { fieldError, useFormSave } from '../../lib/use-form-save';
import { useUnsavedChanges } from '../../lib/use-unsaved-changes';
import { LinkDialog } from './LinkDialog';
import { MarkupView } from './MarkupView';
import { PictureProblem, pictureUrl, readPicture, type ChosenPicture } from './picture-file';
import './newsletters.css';
import { FormButtons } from '../../components/FormButtons';

type FormOutput = Omit<SectionInput, 'image'> & { hasImage: boolean; imageAlt: string };

const EMPTY: SectionFormValues = { kind: 'free-text', heading: '', body: '', author: '', publishAgreed: false, hasImage: false, imageAlt: '' };

const HELP = (
  <>
    Type **two stars** around words for <strong>bold</strong>, *one star* for <em>italic</em>. Start a line with “- ” for a bullet point. Leave a blank line between
    paragraphs. The buttons below do the same; Ctrl+B and Ctrl+I work in the box too.
  </>
);

/** Adding or editing one section: heading, text with simple formatting, an optional picture with its description. */
export function SectionFormPage() {
  const { id, sectionId } = useParams<{ id: string; sectionId?: string }>();
  const editing = sectionId !== undefined && sectionId !== 'new';
  const [, navigate] = useLocation();
  const { flashNext } = useFlash();
  const [issue, setIssue] = useState<NewsletterIssue | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [picture, setPicture] = useState<ChosenPicture | null>(null);
  const [pictureError, setPictureError] = useState<string | null>(null);
  const [readingPicture, setReadingPicture] = useState(false);
  const [linking, setLinking] = useState<{ start: number; end: number; words: string } | null>(null);
  const bodyRef = useRef<HTMLTextAreaElement | null>(null);
  const fileRef = useRef<HTMLInputElement | null>(null);

  const form = useForm<SectionFormValues, unknown, FormOutput>({ resolver: zodResolver(sectionFormSchema), defaultValues: EMPTY, shouldFocusError: false });
  const { register, handleSubmit, formState, reset, setError, setValue, getValues, control } = form;
  // Read in render so the form state tracks it (see useUnsavedChanges).
  const unsaved = useUnsavedChanges(formState.isDirty);
  const kind = useWatch({ control, name: 'kind' });
  const body = useWatch({ control, name: 'body' });

  useEffect(() => {
    api.newsletters.get({ id }).then(
      ({ issue: loaded }) => {
        setIssue(loaded);
        if (!editing) return;
        const s = loaded.sections.find((x) => x.id === sectionId);
        if (!s) {
          setLoadError('That section is no longer in this newsletter.');
          return;
        }
        reset({ kind: s.kind, heading: s.heading, body: s.body, author: s.author ?? '', publishAgreed: s.publishAgreed ?? false, hasImage: Boolean(s.image), imageAlt: s.image?.alt ?? '' });
        setPicture(s.image ? { mimeType: s.image.mimeType, base64: s.image.base64 } : null);
      },
      (e: unknown) => setLoadError(errorMessage(e)),
    );
  }, [id, sectionId, editing, reset]);

  const back = `/newsletters/${id}`;
  const saving = useFormSave<SectionFormValues, FormOutput>({
    setError,
    wrapper: 'section',
    initial: undefined,
    save: async ({ hasImage: _has, imageAlt, ...values }) => {
      const section = { ...values, ...(picture ? { image: { ...picture, alt: imageAlt } } : {}) };
      try {
        await api.newsletters.saveSection({ id, ...(editing ? { sectionId } : {}), section });
      } catch (e) {
        // The picture is not a form field: say what is wrong with it beside the file chooser.
        if (e instanceof ApiCallError && e.fields['section.image.alt']) {
          throw new ApiCallError({ code: e.code, message: e.message, fields: { imageAlt: e.fields['section.image.alt'] } });
        }
        const pictureField = e instanceof ApiCallError ? Object.entries(e.fields).find(([k]) => k.startsWith('section.image')) : undefined;
        if (pictureField) {
          setPictureError(pictureField[1]);
          throw new ApiCallError({ code: 'VALIDATION', message: pictureField[1] });
        }
        throw e;
      }
      flashNext(editing ? `Saved “${values.heading}”.` : `Added “${values.heading}”.`);
      navigate(back);
    },
  });
  const err = (path: string) => fieldError(formState.errors, path);

  function apply(edit: Edit) {
    setValue('body', edit.text, { shouldDirty: true });
    // Put the cursor back, around what the button changed, so typing carries on from there.
    requestAnimationFrame(() => {
      const el = bodyRef.current;
      if (!el) return;
      el.focus();
      el.setSelectionRange(edit.selectionStart, edit.selectionEnd);
    });
  }

  function selection(): { text: string; start: number; end: number } {
    const el = bodyRef.current;
    const text = getValues('body');
    return { text, start: el?.selectionStart ?? text.length, end: el?.selectionEnd ?? text.length };
  }

  function format(what: 'bold' | 'italic' | 'bullets') {
    const { text, start, end } = selection();
    if (what === 'bullets') apply(toggleBullets(text, start, end));
    else apply(toggleWrap(text, start, end, what === 'bold' ? '**' : '*', what === 'bold' ? 'bold text' : 'italic text'));
  }

  function onBodyKeys(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key === 'b' || key === 'i') {
      e.preventDefault();
      format(key === 'b' ? 'bold' : 'italic');
    }
  }

  async function choosePicture(file: File | undefined) {
    setPictureError(null);
    if (!file) return;
    setReadingPicture(true);
    try {
      const chosen = await readPicture(file);
      setPicture(chosen);
      setValue('hasImage', true, { shouldDirty: true });
    } catch (e) {
      setPictureError(e instanceof PictureProblem ? e.message : 'That picture could not be read. Choose it again.');
    } finally {
      setReadingPicture(false);
      if (fileRef.current) fileRef.current.value = '';
    }
  }

  function removePicture() {
    setPicture(null);
    setValue('hasImage', false, { shouldDirty: true });
    setValue('imageAlt', '', { shouldDirty: true });
    setPictureError(null);
    fileRef.current?.focus();
  }

  if (loadError) {
    return (
      <Page title={editing ? 'Edit section' : 'Add section'}>
        <ErrorNotice message={loadError} />
        <Link href={back}>Back to the newsletter</Link>
      </Page>
    );
  }

  const bodyField = register('body');
  return (
    <Page title={editing ? 'Edit section' : 'Add section'} lede={issue ? `In “${issue.title}”` : undefined}>
      {saving.feedback}
      <form noValidate onSubmit={(e) => void handleSubmit(saving.onValid, saving.onInvalid)(e)} className="nl-form">
        <SelectField id={fieldId('kind')} label="Kind of section" error={err('kind')} {...register('kind')}>
          {SECTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {SECTION_KIND_LABELS[k]}
            </option>
          ))}
        </SelectField>
        <TextField id={fieldId('heading')} label="Heading" className="nl-wide" error={err('heading')} {...register('heading')} />
        {kind === 'article' ? (
          <fieldset>
            <legend>The member who wrote it</legend>
            <TextField id={fieldId('author')} label="Author" hint="As it should be printed: a first name is fine" error={err('author')} {...register('author')} />
            <Choice id={fieldId('publishAgreed')} type="checkbox" label="Member agreed to publish" {...register('publishAgreed')} />
            <p className="lede">Until this is ticked the article prints marked “PROOF”, and the newsletter can't be marked as sent.</p>
          </fieldset>
        ) : null}

        <div className={`field nl-editor${err('body') ? ' field--error' : ''}`}>
          <label htmlFor={fieldId('body')}>Text</label>
          <span id="body-hint" className="hint">
            {HELP}
          </span>
          {err('body') ? (
            <span id="body-error" className="error-message">
              <span className="visually-hidden">Error: </span>
              {err('body')}
            </span>
          ) : null}
          <div className="nl-editor__toolbar" role="group" aria-label="Formatting">
            <button type="button" className="button button--secondary" onClick={() => format('bold')}>
              <strong>Bold</strong>
            </button>
            <button type="button" className="button button--secondary" onClick={() => format('italic')}>
              <em>Italic</em>
            </button>
            <button type="button" className="button button--secondary" onClick={() => format('bullets')}>
              Bullet list
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                const { text, start, end } = selection();
                setLinking({ start, end, words: text.slice(Math.min(start, end), Math.max(start, end)) });
              }}
            >
              Link
            </button>
          </div>
          <textarea
            id={fieldId('body')}
            rows={14}
            aria-describedby={err('body') ? 'body-hint body-error' : 'body-hint'}
            aria-invalid={err('body') ? true : undefined}
            {...bodyField}
            ref={(el) => {
              bodyField.ref(el);
              bodyRef.current = el;
            }}
            onKeyDown={onBodyKeys}
          />
        </div>

        <fieldset>
          <legend>Picture (optional)</legend>
          {picture ? (
            <div className="nl-picture">
              <img src={pictureUrl(picture)} alt="" className="nl-picture__thumb" />
              <button type="button" className="button button--secondary" onClick={removePicture}>
                Remove picture
              </button>
            </div>
          ) : null}
          <div className={`field${pictureError ? ' field--error' : ''}`}>
            <label htmlFor="field-picture">{picture ? 'Choose a different picture' : 'Choose a picture'}</label>
            <span id="field-picture-hint" className="hint">
              A JPEG or PNG. Big photos are made smaller to fit the page.
            </span>
            {pictureError ? (
              <span id="field-picture-error" className="error-message" role="alert">
                <span className="visually-hidden">Error: </span>
                {pictureError}
              </span>
            ) : null}
            <input
              ref={fileRef}
              id="field-picture"
              type="file"
              accept="image/jpeg,image/png"
              aria-describedby={pictureError ? 'field-picture-hint field-picture-error' : 'field-picture-hint'}
              aria-invalid={pictureError ? true : undefined}
              onChange={(e) => void choosePicture(e.target.files?.[0])}
            />
            {readingPicture ? <p role="status">Reading the picture…</p> : null}
          </div>
          {picture ? (
            <TextField
              id={fieldId('imageAlt')}
              label="What the picture shows"
              hint="For people who cannot see it, for example “Members planting bulbs in the community garden”"
              error={err('imageAlt')}
              {...register('imageAlt')}
            />
          ) : null}
        </fieldset>

        <section className="nl-live-preview" aria-labelledby="live-preview-title">
          <h2 id="live-preview-title">How the text will look</h2>
          <MarkupView text={body} empty="Nothing typed yet." />
        </section>

        <FormButtons submit="Save section" busy={formState.isSubmitting || readingPicture} onCancel={() => unsaved.leave(back)} />
      </form>
      {unsaved.dialog}
      {linking ? (
        <LinkDialog
          initialWords={linking.words}
          onCancel={() => setLinking(null)}
          onInsert={(words, address) => {
            const { text } = selection();
            setLinking(null);
            apply(insertLink(text, linking.start, linking.end, words, address));
          }}
        />
      ) : null}
    </Page>
  );
}
