import { Notification, registerClass } from "@smalltalk-sockets/runtime";

/**
 * `TimedOut`: the Notification that `valueWithin:onTimeout:`'s watchdog signals into the process
 * evaluating the block when time runs out (a Notification in Squeak and Pharo, so `on: Error do:`
 * handlers inside the block do not see it).
 */
export class TimedOut extends Notification {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "TimedOut";
  static {
    registerClass(this);
  }
}
