// A generator of realistic networking-style Smalltalk methods and do-its from templates,
// driven by a small seeded PRNG (mulberry32), so every run builds the same corpus.
// Used by bench/parse.mjs (throughput), bench/fuzz-long.mjs and test/fuzz.test.ts (seeds).

/** mulberry32: a tiny, fast, seeded 32-bit PRNG answering floats in [0, 1). */
export function makeRandom(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (list) => list[int(list.length)];
  const chance = (p) => next() < p;
  return { next, int, pick, chance };
}

const nouns = [
  "socket",
  "stream",
  "buffer",
  "address",
  "port",
  "host",
  "timeout",
  "request",
  "response",
  "header",
  "payload",
  "connection",
  "server",
  "client",
  "listener",
  "semaphore",
  "delay",
  "process",
  "queue",
  "packet",
  "chunk",
  "status",
  "resolver",
  "peer",
  "session",
  "retries",
];
const classes = [
  "Socket",
  "SocketStream",
  "NetNameResolver",
  "ByteArray",
  "String",
  "OrderedCollection",
  "Dictionary",
  "Semaphore",
  "Delay",
  "Transcript",
  "ReadStream",
  "WriteStream",
  "Error",
  "ConnectionTimedOut",
  "SocketAddress",
  "Smalltalk",
  "Processor",
  "ZnClient",
  "Character",
];
const unary = [
  "size",
  "isEmpty",
  "notEmpty",
  "close",
  "destroy",
  "isConnected",
  "upToEnd",
  "contents",
  "next",
  "flush",
  "signal",
  "wait",
  "yourself",
  "asString",
  "asByteArray",
  "printString",
  "isNil",
  "notNil",
  "first",
  "last",
  "copy",
  "reset",
  "hash",
  "value",
  "new",
  "cr",
];
const binary = ["+", "-", "*", "//", "\\\\", ",", "=", "==", "~=", "<", ">", "<=", ">=", "@", "->", "&", "|"];
const keywords = [
  ["at:"],
  ["at:", "put:"],
  ["nextPutAll:"],
  ["sendData:"],
  ["connectTo:", "port:"],
  ["waitForDataFor:"],
  ["receiveDataInto:"],
  ["copyFrom:", "to:"],
  ["ifTrue:"],
  ["ifFalse:"],
  ["ifTrue:", "ifFalse:"],
  ["add:"],
  ["includes:"],
  ["indexOf:"],
  ["timeout:"],
  ["show:"],
  ["on:", "do:"],
  ["ensure:"],
  ["inject:", "into:"],
  ["detect:", "ifNone:"],
  ["signal:"],
  ["forMilliseconds:"],
  ["listenOn:", "backlogSize:"],
  ["replaceFrom:", "to:", "with:", "startingAt:"],
];
const categories = ["accessing", "private", "initialization", "sending", "receiving", "testing", "printing"];

function identifier(r) {
  const n = r.pick(nouns);
  return r.chance(0.3) ? `a${n[0].toUpperCase()}${n.slice(1)}` : n;
}

function literal(r) {
  switch (r.int(14)) {
    case 0:
      return String(r.int(100000));
    case 1:
      return `16r${r.int(65536).toString(16).toUpperCase()}`;
    case 2:
      return `${r.int(100)}.${r.int(1000)}`;
    case 3:
      return `'${r.pick(nouns)} ${r.pick(["failed", "ready", "it''s done", "closed"])}'`;
    case 4:
      return `#${r.pick(unary)}`;
    case 5:
      return `$${r.pick(["a", " ", "'", '"', "$", "]", "x"])}`;
    case 6:
      return `#(${r.pick(nouns)} ${r.int(10)} 'x' #foo:bar: $a (1 2) true nil)`;
    case 7:
      return `#[${r.int(256)} ${r.int(256)} ${r.int(256)} 0 255]`;
    case 8:
      return r.pick(["true", "false", "nil"]);
    case 9:
      return `-${r.int(1000)}`;
    case 10:
      return `1.5e${r.int(10)}`;
    case 11:
      return `2r${r.int(256).toString(2)}`;
    case 12:
      return `${r.int(100)}.${r.int(100)}s2`;
    default:
      return `#${r.pick(keywords).join("")}`;
  }
}

function primary(r, depth) {
  const k = r.int(10);
  if (k < 4) return identifier(r);
  if (k < 6) return literal(r);
  if (k < 7) return r.pick(classes);
  if (k < 8 && depth < 2) return `(${expression(r, depth + 1)})`;
  if (k < 9 && depth < 2) return block(r, depth + 1);
  return r.pick(["self", "super", "thisContext", identifier(r)]);
}

function unaryExpr(r, depth) {
  let s = primary(r, depth);
  const n = r.int(3);
  for (let i = 0; i < n; i++) s += ` ${r.pick(unary)}`;
  return s;
}

function binaryExpr(r, depth) {
  let s = unaryExpr(r, depth);
  const n = r.chance(0.5) ? r.int(3) : 0;
  for (let i = 0; i < n; i++) s += ` ${r.pick(binary)} ${unaryExpr(r, depth)}`;
  return s;
}

function keywordExpr(r, depth) {
  const s = binaryExpr(r, depth);
  if (!r.chance(0.5)) return s;
  const parts = r.pick(keywords);
  return `${s} ${parts.map((k) => `${k} ${binaryExpr(r, depth + 1)}`).join(" ")}`;
}

function expression(r, depth) {
  const k = r.int(12);
  if (k === 0) return `${identifier(r)} := ${expression(r, depth + 1)}`;
  if (k === 1 && depth < 3) {
    const messages = [];
    const n = 1 + r.int(3);
    for (let i = 0; i < n; i++) {
      messages.push(r.chance(0.5) ? r.pick(unary) : `${r.pick(keywords)[0]} ${binaryExpr(r, depth + 1)}`);
    }
    return `${r.pick(classes)} new ${r.pick(keywords)[0]} ${literal(r)}; ${messages.join("; ")}`;
  }
  if (k === 2) return `{${identifier(r)}. ${literal(r)}. ${binaryExpr(r, depth + 1)}}`;
  return keywordExpr(r, depth);
}

function block(r, depth) {
  const params = r.int(3);
  const names = [];
  for (let i = 0; i < params; i++) names.push(`:${r.pick(["each", "x", "i", "aByte", "ex", "k", "v"])}${i}`);
  const temps = r.chance(0.2) ? `| t${depth} | ` : "";
  const n = 1 + r.int(2);
  const statements = [];
  for (let i = 0; i < n; i++) statements.push(expression(r, depth + 1));
  const head = names.length > 0 ? `${names.join(" ")} | ` : "";
  return `[${head}${temps}${statements.join(". ")}]`;
}

function statement(r, indent) {
  const k = r.int(20);
  if (k === 0)
    return `${indent}"${r.pick(nouns)} handling: see ""the protocol"""\n${indent}${expression(r, 0)}`;
  if (k === 1) {
    return `${indent}[${identifier(r)} isConnected] whileFalse: [\n${indent}\t${expression(r, 1)}.\n${indent}\t(Delay forMilliseconds: ${10 * r.int(100)}) wait]`;
  }
  if (k === 2) {
    return `${indent}[${expression(r, 1)}]\n${indent}\ton: ConnectionTimedOut, Error\n${indent}\tdo: [:ex | ex return: nil]`;
  }
  if (k === 3)
    return `${indent}${identifier(r)} isNil\n${indent}\tifTrue: [^ ${literal(r)}]\n${indent}\tifFalse: [${expression(r, 1)}]`;
  if (k === 4) return `${indent}1 to: ${identifier(r)} size do: [:i |\n${indent}\t${expression(r, 1)}]`;
  return `${indent}${expression(r, 0)}`;
}

function pattern(r) {
  const k = r.int(3);
  if (k === 0) return { text: `${r.pick(unary)}${r.pick(["", "Now", "Data", "Safely"])}`, params: [] };
  if (k === 1) return { text: `${r.pick(binary)} other`, params: ["other"] };
  const parts = r.pick(keywords);
  const params = parts.map((_k, i) => `${r.pick(["a", "an", "the"])}${r.pick(nouns)}${i}`);
  return { text: parts.map((p, i) => `${p} ${params[i]}`).join(" "), params };
}

/** One method: pattern, optional comment, pragma, temporaries and 3..25 statements. */
export function generateMethod(r) {
  const p = pattern(r);
  const lines = [p.text];
  if (r.chance(0.6))
    lines.push(
      `\t"${r.pick(["Answer", "Send", "Wait for", "Close"])} the ${r.pick(nouns)} of the receiver."`,
    );
  if (r.chance(0.1)) lines.push(`\t<primitive: ${r.int(200)}>`);
  if (r.chance(0.5)) lines.push(`\t| ${identifier(r)} ${r.pick(nouns)}Count |`);
  lines.push("");
  const n = 2 + r.int(r.chance(0.2) ? 20 : 8);
  const statements = [];
  for (let i = 0; i < n; i++) statements.push(statement(r, "\t"));
  if (r.chance(0.7)) statements.push(`\t^ ${expression(r, 0)}`);
  lines.push(statements.join(".\n"));
  return lines.join("\n");
}

/** One do-it: a script of 2..8 statements, or a class definition. */
export function generateDoIt(r) {
  if (r.chance(0.3)) {
    const name = `${r.pick(classes)}${r.pick(["Handler", "Client", "Server", "Stream"])}${r.int(100)}`;
    return `Object subclass: #${name}\n\tinstanceVariableNames: '${r.pick(nouns)} ${r.pick(nouns)}'\n\tclassVariableNames: 'Default'\n\tpoolDictionaries: ''\n\tcategory: 'Network-Bench'`;
  }
  const temps = `| ${identifier(r)} ${r.pick(nouns)}2 |`;
  const n = 2 + r.int(7);
  const statements = [];
  for (let i = 0; i < n; i++) statements.push(statement(r, ""));
  return `${temps}\n${statements.join(".\n")}.`;
}

/**
 * A corpus of about `targetBytes` characters: mostly methods, one do-it in eight.
 * Answers `[{ kind: "method" | "doIt", source, category }]`.
 */
export function generateCorpus(seed, targetBytes) {
  const r = makeRandom(seed);
  const units = [];
  let size = 0;
  while (size < targetBytes) {
    const isDoIt = r.int(8) === 0;
    const source = isDoIt ? generateDoIt(r) : generateMethod(r);
    units.push({ kind: isDoIt ? "doIt" : "method", source, category: r.pick(categories) });
    size += source.length;
  }
  return units;
}

/** The corpus as one fileIn (chunk format) file, with `!` doubled inside chunks. */
export function corpusAsFileIn(units, className = "BenchClient") {
  const escapeBangs = (s) => s.replaceAll("!", "!!");
  let out = `Object subclass: #${className}\n\tinstanceVariableNames: 'socket host port'\n\tclassVariableNames: ''\n\tpoolDictionaries: ''\n\tcategory: 'Network-Bench'!\n\n`;
  for (const u of units) {
    if (u.kind === "doIt") out += `${escapeBangs(u.source)}!\n\n`;
    else out += `!${className} methodsFor: '${u.category}'!\n${escapeBangs(u.source)}! !\n\n`;
  }
  return out;
}
