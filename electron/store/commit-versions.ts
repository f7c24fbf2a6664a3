import type { AnyDocumentKind } from './kinds';
import { parseDocumentFileName } from './file-names';
import type { Manifest } from './manifest';

/**
 * Which data version a commit's records were written at. A commit carries the version of each
 * kind it touches (`sv`), so a journal left by a crash of an older Peer Desk is replayed into
 * documents the newer one has migrated, with each record migrated on the way in.
 */

/** The stamp for a new commit: this version's data version of every kind its ops touch. */
export function versionStamp(kinds: Iterable<AnyDocumentKind>): Record<string, number> {
  const sv: Record<string, number> = {};
  for (const kind of kinds) sv[kind.name] = kind.version;
  return sv;
}

/**
 * For a commit written before stamps existed: the version the manifest gives the document.
 * The manifest is written at each checkpoint by the version then running, and any version
 * that migrates a document writes it (and the manifest) before it saves anything, so the
 * commits after the checkpoint were written at the versions it records. A document made
 * since the checkpoint has no entry of its own: another year of the same kind stands in for
 * it. Otherwise (a new kind, a folder never checkpointed, a damaged manifest) the record was
 * written at most at the version the last release without stamps had (`beforeStamps`, from
 * the app); a kind that release did not have cannot have unstamped commits at all.
 */
export function unstampedVersion(
  kind: AnyDocumentKind,
  fileName: string,
  manifest: Manifest,
  kinds: readonly AnyDocumentKind[],
  beforeStamps: Readonly<Record<string, number>> = {},
): number {
  // The settled list first: the commits after `checkpointSeq` are the ones it describes. A
  // checkpoint cut short ("pending") was written by the version that replayed them.
  const own = manifest.documents[fileName] ?? manifest.pending?.documents[fileName];
  if (own) return own.schemaVersion;
  let sibling: number | undefined;
  if (kind.partitioned) {
    for (const [name, entry] of Object.entries(manifest.documents)) {
      if (parseDocumentFileName(name, kinds)?.kind.name !== kind.name) continue;
      // A year left behind damaged keeps an older entry; the newest is the one the last checkpoint wrote.
      sibling = Math.max(sibling ?? 0, entry.schemaVersion);
    }
  }
  return sibling ?? Math.min(beforeStamps[kind.name] ?? kind.version, kind.version);
}
