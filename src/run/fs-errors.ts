// A file-system error → a short reason for the one-line message, never Node's raw text with its syscall and path.
//   { code: 'ELOOP' } → 'too many symbolic links (a link loop?)';  { code: 'ENOSPC' }, 'zh' → '设备上没有剩余空间'
import { say, type Lang, type MessageId } from '../messages/index.js';

const REASONS: Readonly<Record<string, MessageId>> = {
  EACCES: 'reason.permission',
  EPERM: 'reason.permission',
  EISDIR: 'reason.is-directory',
  ENOTDIR: 'reason.not-directory',
  ELOOP: 'reason.link-loop',
  ENAMETOOLONG: 'reason.name-too-long',
  EMFILE: 'reason.too-many-open',
  ENFILE: 'reason.too-many-open',
  EIO: 'reason.io',
  ENXIO: 'reason.no-device',
  ENODEV: 'reason.no-device',
  EAGAIN: 'reason.not-ready',
  EBUSY: 'reason.busy',
  ENOSPC: 'reason.no-space',
  EDQUOT: 'reason.quota',
  EROFS: 'reason.read-only',
  EEXIST: 'reason.exists',
  EXDEV: 'reason.cross-device',
  ETXTBSY: 'reason.file-busy',
  EFBIG: 'reason.file-too-large',
};

/** `writing`: a missing path names the folder, since the file itself is about to be made. */
export function describeFsError(error: unknown, writing = false, lang: Lang = 'en'): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return say(writing ? 'reason.no-directory' : 'reason.no-file', {}, lang);
  const reason = code ? REASONS[code] : undefined;
  if (reason) return say(reason, {}, lang);
  const message = error instanceof Error ? error.message : String(error);
  // Node's own text ends in ", open 'path'": the path is already in the message's head; it stays as Node says it.
  return message.replace(/,\s*\w+\s+'.*'$/s, '').replace(/\s+/g, ' ').trim();
}
