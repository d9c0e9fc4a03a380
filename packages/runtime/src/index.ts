export * from "./kernel/class.js";
