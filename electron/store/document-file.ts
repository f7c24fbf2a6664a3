import fs from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { atomicWriteFile } from './atomic-write';
import type { Codec } from './kinds';

/** The bytes on disk could not be decoded (damaged, or encrypted with another key). */
export class DecodeError extends Error {}

/**
 * lowdb adapter for one document file. Everything passes through the codec (the seam for
 * encryption at rest) and every write is atomic and durable, which lowdb's own TextFile
 * adapter is not (it renames without fsync).
 */
export class DocumentFile<T> implements Adapter<T> {
  constructor(
    readonly path: string,
    private readonly codec: Codec,
  ) {}

  /** The decoded text, or null when there is no file. */
  async readText(): Promise<string | null> {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(this.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    try {
      return this.codec.decode(bytes);
    } catch (error) {
      throw new DecodeError('The file could not be decoded (it may be damaged)', { cause: error });
    }
  }

  async read(): Promise<T | null> {
    const text = await this.readText();
    return text === null ? null : (JSON.parse(text) as T);
  }

  /**
   * Serialises before the first await, i.e. synchronously within low.write(): the store relies on this to know
   * exactly which in-memory changes a write carries. Compact JSON, as files grow to tens of MB.
   */
  async write(data: T): Promise<void> {
    const bytes = this.codec.encode(JSON.stringify(data));
    await atomicWriteFile(this.path, bytes);
  }
}
