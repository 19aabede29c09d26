import { PassThrough, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';

/**
 * A zip written as it goes (yazl): entries are streamed one after the other into `output`, so the report inside
 * never has to sit in memory or in a temporary file.
 */
export class ZipWriter {
  private readonly zip = new yazl.ZipFile();
  private readonly done: Promise<void>;

  constructor(output: Writable) {
    this.done = pipeline(this.zip.outputStream, output);
    // Until `close()` awaits it, a failure must not surface as an unhandled rejection.
    this.done.catch(() => undefined);
  }

  /**
   * Starts an entry and returns the stream to write its content to; the entry ends when that stream ends.
   * `compress: false` stores already-compressed formats (xlsx, pdf) as they are.
   */
  entry(name: string, options: { compress: boolean; mtime: Date }): Writable {
    const stream = new PassThrough();
    this.zip.addReadStream(stream, name, { compress: options.compress, mtime: options.mtime });
    return stream;
  }

  /** Adds a small entry from memory. */
  add(name: string, content: string, mtime: Date): void {
    this.zip.addBuffer(Buffer.from(content, 'utf8'), name, { mtime });
  }

  /** Writes the central directory and resolves when `output` has everything. */
  async close(): Promise<void> {
    this.zip.end();
    await this.done;
  }
}
