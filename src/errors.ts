import type { ErrorCode } from './record/types.js';

/** An input that cannot become an article: it turns into an error record, never a crash. */
export class InputError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** Maps a Node file-system error to the error code and message a user can act on. */
export function fromFsError(err: unknown, path: string): InputError {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return new InputError('NOT_FOUND', `no such file or directory: ${path}`);
    case 'EACCES':
    case 'EPERM':
      return new InputError('UNREADABLE', `permission denied: ${path}`);
    case 'ELOOP':
      return new InputError('SYMLINK_LOOP', `too many levels of symbolic links: ${path}`);
    case 'EISDIR':
      return new InputError('UNREADABLE', `is a directory: ${path}`);
    default:
      return new InputError('UNREADABLE', `cannot read ${path}: ${(err as Error)?.message ?? String(err)}`);
  }
}
