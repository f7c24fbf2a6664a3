import { crc32, deflateSync } from 'node:zlib';
import type { z } from 'zod';
import type { sectionInputSchema } from '../../shared/domain/newsletters';

type SectionCallInput = z.input<typeof sectionInputSchema>;

/** A free-text section, the plainest kind; override what the test is about. */
export function makeSectionInput(overrides: Partial<SectionCallInput> = {}): SectionCallInput {
  return {
    kind: 'free-text',
    heading: 'A word from the coordinator',
    body: 'Thank you to everyone who came to the **autumn get-together**.',
    ...overrides,
  };
}

/** A member's article, agreed for publication. */
export function makeArticleInput(overrides: Partial<SectionCallInput> = {}): SectionCallInput {
  return {
    kind: 'article',
    heading: 'What the group means to me',
    author: 'Siân Llŷr',
    publishAgreed: true,
    body: 'When I first came I *did not say a word*. Now I make the tea.\n\n- Tuesdays keep me going\n- I have made friends',
    ...overrides,
  };
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/**
 * A real PNG file (an RGB picture of soft diagonal bands) of the given size, made here so
 * the tests carry no binary fixtures. Noisy enough to compress like a photo when `noisy`.
 */
export function testPng(width = 240, height = 160, { noisy = false } = {}): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const rows: Buffer[] = [];
  let seed = 7;
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      // The high bits of the generator: its low bits repeat, which would compress away.
      const jitter = noisy ? (seed >>> 16) & 31 : 0;
      const band = ((x + y) >> 4) % 2 === 0;
      row[1 + x * 3] = (band ? 40 : 200) + jitter;
      row[2 + x * 3] = (band ? 120 : 220) - jitter;
      row[3 + x * 3] = (band ? 110 : 160) + ((jitter * 7) & 31);
    }
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function testPngBase64(width?: number, height?: number): string {
  return testPng(width, height).toString('base64');
}
