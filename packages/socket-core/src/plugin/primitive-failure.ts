/**
 * Thrown by a plugin primitive that fails (the VM's `primitiveFailed`). The Socket method that
 * called it turns it into the dialect's exception: Squeak's SocketPrimitiveFailed
 * (`'<selector> failed'`), Pharo's SocketError (the OS error text), or the method's fallback.
 */
export class PrimitiveFailure {
  /** The errno of the failure, 0 when the primitive failed for another reason. */
  readonly errno: number;

  constructor(errno = 0) {
    this.errno = errno;
  }
}
