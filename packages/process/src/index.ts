/**
 * `@smalltalk-sockets/process`: Squeak's processes on Node.js. Importing it installs the process
 * protocol on BlockClosure (`fork`, `forkAt:`, `newProcess`, `valueWithin:onTimeout:`, ...).
 */

import { installBlockExtensions } from "./block-extensions.js";

export * from "./block-extensions.js";
export * from "./block-processes.js";
export * from "./delay.js";
export * from "./end-program.js";
export * from "./main-module.js";
export * from "./monitor.js";
export * from "./mutex.js";
export * from "./notifier.js";
export * from "./priorities.js";
export * from "./process.js";
export * from "./process-termination.js";
export * from "./processor-scheduler.js";
export * from "./run-main.js";
export * from "./run-process.js";
export * from "./semaphore.js";
export * from "./shared-queue.js";
export * from "./timed-out.js";
export * from "./value-within.js";

installBlockExtensions();
