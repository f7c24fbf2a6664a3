import { useState } from 'react';
import { TextField } from '../../components/Fields';
import { FormDialog } from '../../components/FormDialog';
import { FormButtons } from '../../components/FormButtons';

/** The "Link" button: the words to show and where they go (a web page or an email address). */
export function LinkDialog({ initialWords, onInsert, onCancel }: { initialWords: string; onInsert: (words: string, address: string) => void; onCancel: () => void }) {
  const [words, setWords] = useState(initialWords);
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string | undefined>();
  // The words start as what was selected in the text: only typing here counts as a change.
  const dirty = words !== initialWords || address !== '';
  return (
    <FormDialog title="Add a link" dirty={dirty} onCancel={onCancel}>
      {(cancel) => (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const a = address.trim();
            if (!a || /\s/.test(a) || !/[.@]/.test(a)) {
              setError('Enter a web address like www.example.org, or an email address');
              return;
            }
            onInsert(words, a);
          }}
        >
          <TextField label="Words to show" hint="Leave blank to show the address itself" value={words} onChange={(e) => setWords(e.target.value)} />
          <TextField label="Web or email address" hint="For example www.mind.org.uk or hello@example.org" value={address} error={error} onChange={(e) => setAddress(e.target.value)} />
          <FormButtons submit="Add link" onCancel={cancel} />
        </form>
      )}
    </FormDialog>
  );
}
