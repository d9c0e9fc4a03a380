/**
 * Squeak's process priorities (`ProcessorScheduler`'s `lowestPriority` ... `highestPriority`), the
 * same numbers in Squeak and Pharo.
 */

/** `lowestPriority`: the idle process's priority. */
export const LOWEST_PRIORITY = 10;
/** `systemBackgroundPriority`: system housekeeping in the background. */
export const SYSTEM_BACKGROUND_PRIORITY = 20;
/** `userBackgroundPriority`: user work in the background (servers forked by a do-it). */
export const USER_BACKGROUND_PRIORITY = 30;
/** `userSchedulingPriority`: the UI process, where do-its run. */
export const USER_SCHEDULING_PRIORITY = 40;
/** `userInterruptPriority`: user interrupts. */
export const USER_INTERRUPT_PRIORITY = 50;
/** `lowIOPriority`: I/O handlers that must not wait for the user. */
export const LOW_IO_PRIORITY = 60;
/** `highIOPriority`: urgent I/O handlers. */
export const HIGH_IO_PRIORITY = 70;
/** `timingPriority`: the Delay timer process. */
export const TIMING_PRIORITY = 80;
/** `highestPriority`: the number of run queues, 80 in standard images. */
export const HIGHEST_PRIORITY = 80;

/** Whether `value` is a priority a Process may have (an integer from 10 to 80). */
export function isValidPriority(value: unknown): value is number {
  return (
    Number.isInteger(value) && (value as number) >= LOWEST_PRIORITY && (value as number) <= HIGHEST_PRIORITY
  );
}
