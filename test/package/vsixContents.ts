import yauzl from 'yauzl';

/** One file inside a .vsix (a zip), with its uncompressed size. */
export interface VsixEntry {
  readonly path: string;
  readonly size: number;
}

/**
 * Lists the files of a .vsix by reading the zip's central directory with yauzl (the zip reader
 * vsce itself uses), so the test sees exactly what VS Code will unpack.
 */
export function listVsix(file: string): Promise<VsixEntry[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (openError, zip) => {
      if (openError || !zip) return reject(openError ?? new Error(`cannot open ${file}`));
      const entries: VsixEntry[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!entry.fileName.endsWith('/')) entries.push({ path: entry.fileName, size: entry.uncompressedSize });
        zip.readEntry();
      });
      zip.once('end', () => resolve(entries));
      zip.once('error', reject);
      zip.readEntry();
    });
  });
}

/** Reads one file of a .vsix as UTF-8 text. */
export function readVsixText(file: string, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (openError, zip) => {
      if (openError || !zip) return reject(openError ?? new Error(`cannot open ${file}`));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== path) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error(`cannot read ${path}`));
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.once('end', () => {
            zip.close();
            resolve(Buffer.concat(chunks).toString('utf8'));
          });
          stream.once('error', reject);
        });
      });
      zip.once('end', () => reject(new Error(`${path} is not in ${file}`)));
      zip.readEntry();
    });
  });
}
