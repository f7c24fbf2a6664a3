import { useAppStatus } from '../../lib/app-status';
import { BackupsSection } from './BackupsSection';

/** Settings → Data & backups: backups first (what people come here for), then where the data lives. */
export function DataSettings() {
  const { status } = useAppStatus();
  return (
    <>
      <BackupsSection />
      <section aria-labelledby="data-folder-title">
        <h3 id="data-folder-title">Data folder</h3>
        <p>
          Everything Peer Desk knows is kept in this folder on this computer:
          <br />
          <code>{status.dataDir}</code>
        </p>
        <p className="lede">Peer Desk version {status.appVersion}</p>
      </section>
    </>
  );
}
