import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { TextField } from '../../components/Fields';

/** The "Link" button: the words to show and where they go (a web page or an email address). */
export function LinkDialog({ initialWords, onInsert, onCancel }: { initialWords: string; onInsert: (words: string, address: string) => void; onCancel: () => void }) {
  const [words, setWords] = useState(initialWords);
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string | undefined>();
  return (
    <Dialog title="Add a link" onClose={onCancel}>
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
        <div className="button-row">
          <button type="submit" className="button">
            Add link
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
