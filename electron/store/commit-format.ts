import zlib from 'node:zlib';
import { z } from 'zod';
import { plainCodec } from './codec';
import type { Codec } from './kinds';

/**
 * One commit is one line of the journal: `<crc32 in hex> <payload>\n`. The payload is the
 * commit as JSON (through the codec: base64 of its bytes when the codec is not plain, so a
 * line never holds a newline). A line whose checksum does not match was cut short by a
 * crash: it was never acknowledged, so it is dropped.
 */

const recordSchema = z.looseObject({ id: z.string() });
export type JournalRecord = z.infer<typeof recordSchema>;

export const journalOpSchema = z.discriminatedUnion('op', [
  /** A record written whole (added or replaced). */
  z.object({ op: z.literal('put'), c: z.string(), p: z.string().optional(), v: recordSchema }),
  /** A record removed; it leaves a tombstone. */
  z.object({ op: z.literal('del'), c: z.string(), p: z.string().optional(), id: z.string() }),
  /** A singleton's value replaced (the settings). */
  z.object({ op: z.literal('set'), c: z.string(), v: z.unknown() }),
]);
export type JournalOp = z.infer<typeof journalOpSchema>;

export const commitSchema = z.object({
  seq: z.number().int().positive(),
  at: z.string(),
  /**
   * The data version of every kind the ops touch ({ volunteers: 2 }), as the writer knew it:
   * a record written by an older version is migrated before it joins a newer document
   * (see commit-versions.ts). Missing from commits written before it existed.
   */
  sv: z.record(z.string(), z.number().int().nonnegative()).optional(),
  ops: z.array(journalOpSchema),
});
export type CommitRecord = z.infer<typeof commitSchema>;

const crcHex = (bytes: Buffer): string => zlib.crc32(bytes).toString(16).padStart(8, '0');

export function encodeCommit(commit: CommitRecord, codec: Codec): Buffer {
  return frame(JSON.stringify(commit), codec);
}

/** A commit of many records (a big CSV import) can take a second to serialise: do it in slices, freeing the event loop between them. */
const SLICE_MS = 20;

export async function encodeCommitInSlices(commit: CommitRecord, codec: Codec): Promise<Buffer> {
  if (commit.ops.length < 500) return encodeCommit(commit, codec);
  const parts: string[] = [];
  let started = performance.now();
  for (const op of commit.ops) {
    parts.push(JSON.stringify(op));
    if (performance.now() - started > SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      started = performance.now();
    }
  }
  // The same text JSON.stringify(commit) gives: seq, at, sv, ops, in that order.
  const sv = commit.sv === undefined ? '' : `"sv":${JSON.stringify(commit.sv)},`;
  return frame(`{"seq":${commit.seq},"at":${JSON.stringify(commit.at)},${sv}"ops":[${parts.join(',')}]}`, codec);
}

function frame(json: string, codec: Codec): Buffer {
  return frameLine(codec.id === plainCodec.id ? Buffer.from(json, 'utf8') : Buffer.from(codec.encode(json).toString('base64'), 'latin1'));
}

/** A payload (plain JSON, or base64 of the codec's bytes) as one line of the journal, newline included. */
export function frameLine(payload: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${crcHex(payload)} `, 'latin1'), payload, Buffer.from('\n', 'latin1')]);
}

/** A line's payload when its checksum holds (the line without its newline); null for a torn or damaged line. */
export function linePayload(line: Buffer): Buffer | null {
  if (line.length < 10 || line[8] !== 0x20) return null;
  const payload = line.subarray(9);
  return line.subarray(0, 8).toString('latin1') === crcHex(payload) ? payload : null;
}

export type DecodedLine = { ok: true; commit: CommitRecord } | { ok: false; reason: string };

/** One line without its newline. */
export function decodeCommitLine(line: Buffer, codec: Codec): DecodedLine {
  if (line.length < 10 || line[8] !== 0x20) return { ok: false, reason: 'the line is too short or has no checksum' };
  const payload = linePayload(line);
  if (payload === null) return { ok: false, reason: 'its checksum does not match' };
  let json: unknown;
  try {
    // A plain payload is JSON and so starts with "{", which base64 never holds: a journal written
    // before protection was turned on (or half converted) is still read by an encrypting codec.
    const plain = codec.id === plainCodec.id || payload[0] === 0x7b;
    const text = plain ? payload.toString('utf8') : codec.decode(Buffer.from(payload.toString('latin1'), 'base64'));
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'it could not be read' };
  }
  const parsed = commitSchema.safeParse(json);
  return parsed.success ? { ok: true, commit: parsed.data } : { ok: false, reason: 'it does not describe a change' };
}
