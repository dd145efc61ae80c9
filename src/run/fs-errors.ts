// A file-system error → a short reason for the one-line message, never Node's raw text with its syscall and path.
//   { code: 'ELOOP' } → 'too many symbolic links (a link loop?)';  { code: 'ENOSPC' } → 'no space left on device'
const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory, expected a file',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many symbolic links (a link loop?)',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EIO: 'input/output error',
  ENXIO: 'no such device',
  ENODEV: 'no such device',
  EAGAIN: 'not ready to be read (a non-blocking device?)',
  EBUSY: 'device or resource busy',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EEXIST: 'already exists',
  EXDEV: 'not on the same file system',
  ETXTBSY: 'file busy',
  EFBIG: 'file too large',
};

/** `writing`: a missing path names the folder, since the file itself is about to be made. */
export function describeFsError(error: unknown, writing = false): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return writing ? 'no such directory' : 'no such file';
  const reason = code ? REASONS[code] : undefined;
  if (reason) return reason;
  const message = error instanceof Error ? error.message : String(error);
  // Node's own text ends in ", open 'path'": the path is already in the message's head.
  return message.replace(/,\s*\w+\s+'.*'$/s, '').replace(/\s+/g, ' ').trim();
}
