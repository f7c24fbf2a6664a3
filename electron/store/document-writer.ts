import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { plainCodec } from './codec';
import type { StoredDoc } from './document-state';
import type { Codec } from './kinds';

/**
 * Writes a document for a checkpoint without holding up saves: the JSON is produced a slice
 * at a time (about 256 KB), and each slice is written before the next is made, so the event
 * loop is free between slices. The bytes are exactly JSON.stringify(doc).
 */

const SLICE_BYTES = 256 * 1024;

function* jsonSlices(doc: StoredDoc): Generator<string> {
  let out = '{';
  let first = true;
  for (const [key, value] of Object.entries(doc)) {
    if (value === undefined || typeof value === 'function') continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (!Array.isArray(value)) {
      out += JSON.stringify(value);
      continue;
    }
    out += '[';
    for (let i = 0; i < value.length; i++) {
      out += `${i === 0 ? '' : ','}${JSON.stringify(value[i]) ?? 'null'}`;
      if (out.length >= SLICE_BYTES) {
        yield out;
        out = '';
      }
    }
    out += ']';
  }
  yield `${out}}`;
}

export interface WrittenTemp {
  tempPath: string;
  bytes: number;
  crc32: number;
}

/** Temp files share atomic-write's pattern, so an open after a crash sweeps them away. */
function tempPathFor(filePath: string): string {
  return path.join(path.dirname(filePath), `.${path.basename(filePath)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Writes `doc` to a temp file beside `filePath` and fsyncs it. The caller renames it into place. */
export async function writeDocumentTemp(filePath: string, doc: StoredDoc, codec: Codec): Promise<WrittenTemp> {
  const tempPath = tempPathFor(filePath);
  let handle: FileHandle | undefined;
  try {
    handle = await fs.open(tempPath, 'wx');
    let bytes = 0;
    let crc = 0;
    const write = async (buf: Buffer) => {
      crc = zlib.crc32(buf, crc);
      bytes += buf.length;
      let offset = 0;
      while (offset < buf.length) offset += (await handle!.write(buf, offset, buf.length - offset)).bytesWritten;
    };
    if (codec.id === plainCodec.id) {
      for (const slice of jsonSlices(doc)) await write(Buffer.from(slice, 'utf8'));
    } else {
      const parts: string[] = [];
      for (const slice of jsonSlices(doc)) {
        parts.push(slice);
        await new Promise((resolve) => setImmediate(resolve));
      }
      await write(codec.encode(parts.join('')));
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    return { tempPath, bytes, crc32: crc };
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.rm(tempPath, { force: true }).catch(() => undefined);
    throw error;
  }
}
