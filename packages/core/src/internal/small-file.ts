import fs from 'node:fs';

/**
 * Reads a small configuration file (rules, a retention policy, a key, a pause record) without
 * ever blocking or exhausting memory: opened with `O_NONBLOCK` (a FIFO opens at once instead of
 * waiting for a writer), refused unless `fstat` says it is a regular file (a FIFO, socket,
 * device such as `/dev/zero`, or folder: error code `ENOTREG`), and refused when larger than
 * `maxBytes` (`EFBIG`), checked both before and while reading.
 *
 * @param file path of the file
 * @param maxBytes largest size accepted, in bytes
 * @returns the file's content as UTF-8
 * @throws Error with an errno-style `code` (`ENOTREG`, `EFBIG`, or the open/read error's own,
 *   e.g. `ENOENT`); the message names the file and never quotes its content
 */
export function readSmallFile(file: string, maxBytes: number): string {
  return readSmallFileBytes(file, maxBytes).toString('utf8');
}

/** {@link readSmallFile} as bytes (a bundle, a proof): the same checks, nothing decoded. */
export function readSmallFileBytes(file: string, maxBytes: number): Buffer {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const stat = fs.fstatSync(fd);
    const refuse = (code: string, message: string): never => {
      throw Object.assign(new Error(`${file}: ${message}`), { code });
    };
    if (!stat.isFile()) refuse('ENOTREG', 'not a regular file');
    if (stat.size > maxBytes) refuse('EFBIG', `larger than ${maxBytes} bytes`);
    const buffer = Buffer.alloc(Math.min(stat.size + 1, maxBytes + 1));
    let length = 0;
    while (length < buffer.length) {
      const read = fs.readSync(fd, buffer, length, buffer.length - length, length);
      if (read <= 0) break;
      length += read;
    }
    if (length > maxBytes) refuse('EFBIG', `larger than ${maxBytes} bytes`);
    return buffer.subarray(0, length);
  } finally {
    fs.closeSync(fd);
  }
}
