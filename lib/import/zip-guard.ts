// A look at a .docx (a zip archive) before unpacking it: a 5 MB file can inflate to
// gigabytes (a "zip bomb"), and mammoth unpacks everything it reads into memory.
import { ImportError, megabytes } from './errors';

export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/** Sums the unpacked sizes the zip's central directory declares; refuses what is not a zip or too big. */
export function checkZip(bytes: Uint8Array, source: string, maxUnpacked = MAX_UNPACKED_BYTES): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const notZip = () => new ImportError('malformed_file', `${source} could not be read: it is not a Word .docx file, or it is damaged.`);
  if (bytes.byteLength < 22 || view.getUint32(0, true) !== 0x04034b50) throw notZip();
  // The end-of-central-directory record sits in the last 22 bytes plus a comment of up to 64 KB.
  let eocd = -1;
  for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notZip();
  const entries = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.byteLength || view.getUint32(offset, true) !== CENTRAL) throw notZip();
    const unpacked = view.getUint32(offset + 24, true);
    // 0xFFFFFFFF means a ZIP64 size: a Word file never needs one.
    total += unpacked === 0xffffffff ? Infinity : unpacked;
    if (total > maxUnpacked) {
      throw new ImportError('too_large', `${source} unpacks to more than ${megabytes(maxUnpacked)}; Claimdesk cannot read a Word file that large.`);
    }
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
}
