import { runMain } from "@smalltalk-sockets/process";
import { Smalltalk, symbol } from "@smalltalk-sockets/runtime";
import { MemorySink, Transcript } from "@smalltalk-sockets/transcript";
import {
  errorReports,
  type Globals,
  type Launch,
  type ProgramResult,
  waitForText,
} from "../src/harness/index.js";

interface GeneratedProgram {
  main(): Promise<unknown>;
}

/**
 * A Launch of the generated TypeScript of an example (`src/generated/<name>.ts`) in this
 * process: its `main()` runs as a program (`runMain`), the Transcript goes to memory, the globals
 * are defined in `Smalltalk` (and removed afterwards), and unhandled-error reports are taken
 * from stderr.
 */
export function launchInProcess(name: string): Launch {
  return (globals: Globals = {}) => {
    const sink = new MemorySink();
    const previousSink = Transcript.useSink(sink);
    for (const [key, value] of Object.entries(globals)) Smalltalk.atPut(symbol(key), value);
    let stderr = "";
    const write = process.stderr.write;
    process.stderr.write = ((chunk: string | Uint8Array) => {
      stderr += String(chunk);
      return true;
    }) as typeof process.stderr.write;
    const result = (async (): Promise<ProgramResult> => {
      try {
        const program = (await import(`../src/generated/${name}.ts`)) as GeneratedProgram;
        const status = await runMain(() => program.main(), { name: "main" });
        // The Transcript shows text left buffered on the next turn of the event loop.
        await new Promise((resolve) => setImmediate(resolve));
        return { status, transcript: sink.contents(), errors: errorReports(stderr) };
      } finally {
        process.stderr.write = write;
        Transcript.useSink(previousSink);
        for (const key of Object.keys(globals))
          Smalltalk.globals().removeKeyIfAbsent(symbol(key), () => null);
      }
    })();
    return { waitForTranscript: (text) => waitForText(() => sink.contents(), result, text), result };
  };
}
