/**
 * Smalltalk programs with the exact Transcript output Squeak gives them. Each is transpiled,
 * run by the real `st2ts run` in a child process, and its stdout compared (programs.test.ts).
 */

/** One program: its source, what it prints, and its exit status. */
export interface Program {
  readonly name: string;
  readonly source: string;
  readonly output: string;
  readonly status?: number;
  readonly dialect?: "squeak" | "pharo";
  /** A text stderr must contain (error reports). */
  readonly stderr?: string;
}

const lines = (...texts: string[]) => `${texts.join("\n")}\n`;

export const PROGRAMS: readonly Program[] = [
  // ---- Precedence and arithmetic ----
  {
    name: "binary left to right",
    source: "Transcript show: (3 + 4 * 2) printString; cr",
    output: lines("14"),
  },
  {
    name: "unary before binary before keyword",
    source: "Transcript show: (2 raisedTo: 3 + 1) printString; cr",
    output: lines("16"),
  },
  { name: "parentheses", source: "Transcript show: (3 + (4 * 2)) printString; cr", output: lines("11") },
  {
    name: "minus rules",
    source: "Transcript show: {3-4. 3 -4. 3 - -4} printString; cr",
    output: lines("#(-1 -1 7)"),
  },
  {
    name: "large integers",
    source: "Transcript show: (2 raisedTo: 100) printString; cr; show: (2 raisedTo: 64) class name; cr",
    output: lines("1267650600228229401496703205376", "LargePositiveInteger"),
  },
  {
    name: "small integer overflow",
    source:
      "| x | x := 9007199254740991. Transcript show: (x + 2) printString; cr; show: (x + 2 - 2) class name; cr",
    output: lines("9007199254740993", "SmallInteger"),
  },
  {
    name: "fractions",
    source:
      "Transcript show: (1/3) printString; cr; show: (6/3) printString; cr; show: ((1/3) + (2/3)) printString; cr",
    output: lines("(1/3)", "2", "1"),
  },
  {
    name: "floats",
    source:
      "Transcript show: (3 + 4.0) printString; cr; show: 0.1 printString; cr; show: 1e100 asFloat printString; cr",
    output: lines("7.0", "0.1", "1.0e100"),
  },
  {
    name: "floored division",
    source: "Transcript show: {-7 // 2. -7 \\\\ 2. -7 rem: 2. -7 quo: 2} printString; cr",
    output: lines("#(-4 1 -1 -3)"),
  },
  {
    name: "scaled decimals",
    source: "Transcript show: 1.5s2 printString; cr; show: (1.5s2 + 1) printString; cr",
    output: lines("1.50s2", "2.50s2"),
  },
  {
    name: "radix literals",
    source: "Transcript show: {16r1F. 2r1010. 36rZZ. 16r1e4. 2r1e4. 1e10} printString; cr",
    output: lines("#(31 10 1295 484 16 10000000000)"),
  },
  {
    name: "number printing",
    source: "Transcript show: (255 printString: 16); cr; show: (5 printPaddedWith: $0 to: 3); cr",
    output: lines("FF", "005"),
  },
  {
    name: "zero divide resumed",
    source: "| r | r := [10 / 0] on: ZeroDivide do: [:e | e resume: -1]. Transcript show: r printString; cr",
    output: lines("-1"),
  },
  {
    name: "comparisons",
    source: "Transcript show: {3 < 4. 3 > 4. 3 = 3.0. 3 ~= 4. (1/2) = 0.5. 3 max: 9} printString; cr",
    output: lines("#(true false true true true 9)"),
  },
  // ---- Strings, symbols, characters ----
  {
    name: "string concatenation with a number (Squeak)",
    source: "Transcript show: 'Data sent: ', 12, ' bytes'; cr",
    output: lines("Data sent: 12 bytes"),
  },
  {
    name: "string printString doubles quotes",
    source: "Transcript show: 'it''s' printString; cr; show: 'it''s'; cr",
    output: lines("'it''s'", "it's"),
  },
  {
    name: "symbols",
    source:
      "Transcript show: #foo printString; cr; show: #with:with: printString; cr; show: (#foo == 'foo' asSymbol) printString; cr",
    output: lines("#foo", "#with:with:", "true"),
  },
  {
    name: "characters",
    source:
      "Transcript show: $a printString; cr; show: (Character value: 65) printString; cr; show: $  printString; cr",
    output: lines("$a", "$A", "Character space"),
  },
  {
    name: "string protocol",
    source:
      "| s | s := 'Hello World'. Transcript show: s size printString; cr; show: s asUppercase; cr; show: (s copyFrom: 1 to: 5); cr; show: (s indexOf: $o) printString; cr; show: s reversed; cr",
    output: lines("11", "HELLO WORLD", "Hello", "5", "dlroW olleH"),
  },
  {
    name: "substrings",
    source:
      "Transcript show: ('a b  c' substrings) printString; cr; show: ('a,b,c' substrings: ',') printString; cr",
    output: lines("#('a' 'b' 'c')", "#('a' 'b' 'c')"),
  },
  {
    name: "string streams",
    source:
      "| ws | ws := WriteStream on: String new. ws nextPutAll: 'abc'; nextPut: $d; print: 42. Transcript show: ws contents; cr",
    output: lines("abcd42"),
  },
  {
    name: "read streams",
    source:
      "| rs | rs := ReadStream on: 'hello world'. Transcript show: (rs upTo: $ ); cr; show: rs upToEnd; cr; show: rs atEnd printString; cr",
    output: lines("hello", "world", "true"),
  },
  {
    name: "streamContents",
    source: "Transcript show: (String streamContents: [:s | s nextPutAll: 'x'; print: 3]); cr",
    output: lines("x3"),
  },
  // ---- Collections ----
  {
    name: "literal arrays",
    source: "Transcript show: #(1 $a 'str' #sym foo bar: true nil (1 2) #[1 2]) printString; cr",
    output: lines("#(1 $a 'str' #sym #foo #bar: true nil #(1 2) #[1 2])"),
  },
  {
    name: "ordered collection cascade",
    source:
      "| c | c := OrderedCollection new. c add: 1; add: 2; addFirst: 0. Transcript show: c printString; cr",
    output: lines("an OrderedCollection(0 1 2)"),
  },
  {
    name: "cascade value is last message",
    source: "Transcript show: (OrderedCollection new add: 5; add: 6; yourself) printString; cr",
    output: lines("an OrderedCollection(5 6)"),
  },
  {
    name: "collect select inject",
    source:
      "| a | a := #(1 2 3 4). Transcript show: (a collect: [:x | x * x]) printString; cr; show: (a select: [:x | x even]) printString; cr; show: (a inject: 0 into: [:s :x | s + x]) printString; cr",
    output: lines("#(1 4 9 16)", "#(2 4)", "10"),
  },
  {
    name: "detect ifNone",
    source: "Transcript show: (#(1 2 3) detect: [:x | x > 5] ifNone: ['none']); cr",
    output: lines("none"),
  },
  {
    name: "dictionary",
    source:
      "| d | d := Dictionary new. d at: #a put: 1. Transcript show: d printString; cr; show: (d at: #a) printString; cr; show: (d at: #b ifAbsent: [0]) printString; cr",
    output: lines("a Dictionary(#a->1 )", "1", "0"),
  },
  {
    name: "intervals",
    source:
      "Transcript show: (1 to: 5) asArray printString; cr; show: (10 to: 1 by: -3) asArray printString; cr",
    output: lines("#(1 2 3 4 5)", "#(10 7 4 1)"),
  },
  {
    name: "do separatedBy",
    source:
      "#(1 2 3) do: [:x | Transcript show: x printString] separatedBy: [Transcript show: ', ']. Transcript cr",
    output: lines("1, 2, 3"),
  },
  {
    name: "sorting",
    source: "Transcript show: (#(3 1 2) asSortedCollection: [:a :b | a > b]) asArray printString; cr",
    output: lines("#(3 2 1)"),
  },
  {
    name: "brace arrays",
    source: "| x | x := 5. Transcript show: {x. x + 1. 'a'} printString; cr",
    output: lines("#(5 6 'a')"),
  },
  {
    name: "set and bag",
    source: "| s | s := Set new. s add: 1; add: 1; add: 2. Transcript show: s size printString; cr",
    output: lines("2"),
  },
  // ---- Control structures (inlined) ----
  {
    name: "ifTrue ifFalse value",
    source: "| x | x := 3 > 2 ifTrue: ['yes'] ifFalse: ['no']. Transcript show: x; cr",
    output: lines("yes"),
  },
  {
    name: "ifTrue without else answers nil",
    source: "Transcript show: (false ifTrue: [1]) printString; cr",
    output: lines("nil"),
  },
  {
    name: "ifNil family",
    source:
      "| a | Transcript show: (a ifNil: ['was nil']); cr. a := 4. Transcript show: (a ifNil: [0] ifNotNil: [:v | v * 2]) printString; cr",
    output: lines("was nil", "8"),
  },
  {
    name: "and or",
    source:
      "Transcript show: ((3 > 2) and: [2 > 1]) printString; cr; show: ((3 < 2) or: [false]) printString; cr",
    output: lines("true", "false"),
  },
  {
    name: "whileTrue",
    source: "| i | i := 0. [i < 3] whileTrue: [i := i + 1]. Transcript show: i printString; cr",
    output: lines("3"),
  },
  {
    name: "whileFalse with multi-statement condition",
    source: "| i | i := 0. [i := i + 1. i >= 4] whileFalse. Transcript show: i printString; cr",
    output: lines("4"),
  },
  {
    name: "to do",
    source: "| s | s := 0. 1 to: 10 do: [:i | s := s + i]. Transcript show: s printString; cr",
    output: lines("55"),
  },
  {
    name: "to by do descending",
    source: "5 to: 1 by: -2 do: [:i | Transcript show: i printString; show: ' ']. Transcript cr",
    output: lines("5 3 1 "),
  },
  {
    name: "timesRepeat",
    source: "| n | n := 0. 3 timesRepeat: [n := n + 2]. Transcript show: n printString; cr",
    output: lines("6"),
  },
  {
    name: "caseOf",
    source: "| x | x := #b. Transcript show: (x caseOf: {[#a] -> ['A']. [#b] -> ['B']} otherwise: ['?']); cr",
    output: lines("B"),
  },
  {
    name: "inlined if in expression with statements",
    source:
      "| x y | x := 5. y := x > 3 ifTrue: [| t | t := x * 2. t + 1] ifFalse: [0]. Transcript show: y printString; cr",
    output: lines("11"),
  },
  {
    name: "non-boolean receiver",
    source: "[3 ifTrue: [1]] on: NonBooleanReceiver do: [:e | Transcript show: 'non-boolean'; cr]",
    output: lines("non-boolean"),
  },
  // ---- Blocks and non-local return ----
  {
    name: "block values",
    source:
      "| b | b := [:a :b | a + b]. Transcript show: (b value: 1 value: 2) printString; cr; show: b numArgs printString; cr",
    output: lines("3", "2"),
  },
  {
    name: "wrong argument count",
    source: "[[:a | a] value] on: Error do: [:e | Transcript show: e messageText; cr]",
    output: lines("This block accepts 1 argument, but was called with 0 arguments."),
  },
  {
    name: "non-local return from a do-it block",
    source:
      "#(1 2 3) do: [:x | x = 2 ifTrue: [Transcript show: 'found'; cr. ^ x]]. Transcript show: 'not reached'; cr",
    output: lines("found"),
  },
  {
    name: "ensure order",
    source:
      "[[Transcript show: 'body'; cr] ensure: [Transcript show: 'inner'; cr]] ensure: [Transcript show: 'outer'; cr]",
    output: lines("body", "inner", "outer"),
  },
  {
    name: "ensure runs when unwinding",
    source:
      "[[Error signal: 'x'] ensure: [Transcript show: 'cleanup'; cr]] on: Error do: [:e | Transcript show: 'handled ', e messageText; cr]",
    output: lines("handled x", "cleanup"),
  },
  {
    name: "ifCurtailed",
    source: "[[Error signal] ifCurtailed: [Transcript show: 'curtailed'; cr]] on: Error do: [:e | nil]",
    output: lines("curtailed"),
  },
  {
    name: "^ to a live do-it returns from it",
    source: "| b | b := [:x | ^ x]. b value: 3. Transcript show: 'not reached'; cr",
    output: "",
  },
  {
    name: "dead home (a later fileIn chunk)",
    source:
      "block := [:x | ^ x]!\n[block value: 3] on: BlockCannotReturn do: [:e | Transcript show: 'cannot return '; show: e result printString; cr]!\n",
    output: lines("cannot return 3"),
  },
  // ---- Exceptions ----
  {
    name: "on do return",
    source:
      "| r | r := [Error signal: 'boom'. 5] on: Error do: [:e | e return: e messageText]. Transcript show: r; cr",
    output: lines("boom"),
  },
  {
    name: "retry",
    source:
      "| n r | n := 0. r := [n := n + 1. n < 3 ifTrue: [Error signal]. n] on: Error do: [:e | e retry]. Transcript show: r printString; cr",
    output: lines("3"),
  },
  {
    name: "resume warning",
    source:
      "| r | r := [(Warning signal: 'w') ifNil: ['nil'] ifNotNil: [:v | v]] on: Warning do: [:e | e resume: 'resumed']. Transcript show: r; cr",
    output: lines("resumed"),
  },
  {
    name: "pass and outer handler",
    source:
      "| r | r := [[Error signal: 'in'] on: Error do: [:e | e pass]] on: Error do: [:e | 'outer ', e messageText]. Transcript show: r; cr",
    output: lines("outer in"),
  },
  {
    name: "exception sets",
    source: "[1/0] on: MessageNotUnderstood, ZeroDivide do: [:e | Transcript show: e class name; cr]",
    output: lines("ZeroDivide"),
  },
  {
    name: "signal in handler goes outward",
    source:
      "| r | r := [[Error signal: 'a'] on: Error do: [:e | Error signal: 'b']] on: Error do: [:e | e messageText]. Transcript show: r; cr",
    output: lines("b"),
  },
  {
    name: "does not understand",
    source: "[nil foo] on: MessageNotUnderstood do: [:e | Transcript show: e messageText; cr]",
    output: lines("UndefinedObject>>foo"),
  },
  {
    name: "unhandled error ends the program",
    source: "Transcript show: 'before'; cr. nil foo. Transcript show: 'after'; cr",
    output: lines("before"),
    status: 1,
    stderr: "MessageNotUnderstood: UndefinedObject>>foo",
  },
  // ---- Processes ----
  {
    name: "fork at lower priority runs later",
    source:
      "[Transcript show: 'background'; cr] forkAt: Processor userBackgroundPriority. Transcript show: 'foreground'; cr",
    output: lines("foreground", "background"),
  },
  {
    name: "fork at higher priority preempts",
    source:
      "[Transcript show: 'high'; cr] forkAt: Processor userInterruptPriority. Transcript show: 'low'; cr",
    output: lines("high", "low"),
  },
  {
    name: "semaphore wakes a waiter",
    source:
      "| s | s := Semaphore new. [Transcript show: 'waiting'; cr. s wait. Transcript show: 'woken'; cr] forkAt: Processor userInterruptPriority. Transcript show: 'signalling'; cr. s signal. Transcript show: 'done'; cr",
    output: lines("waiting", "signalling", "woken", "done"),
  },
  {
    name: "delay",
    source: "(Delay forMilliseconds: 20) wait. Transcript show: 'after delay'; cr",
    output: lines("after delay"),
  },
  {
    name: "shared queue",
    source:
      "| q | q := SharedQueue new. [3 timesRepeat: [q nextPut: 'x']] fork. 3 timesRepeat: [Transcript show: q next]. Transcript cr",
    output: lines("xxx"),
  },
  {
    name: "newProcess resume",
    source:
      "| p | p := [Transcript show: 'ran'; cr] newProcess. p priority: 30. p resume. Transcript show: p isTerminated printString; cr",
    output: lines("false", "ran"),
  },
  {
    name: "valueWithin onTimeout",
    source:
      "| r | r := [(Delay forSeconds: 5) wait. 1] valueWithin: 50 milliSeconds onTimeout: ['timed out']. Transcript show: r; cr",
    output: lines("timed out"),
  },
  // ---- Workspace variables and showln ----
  {
    name: "undeclared workspace variable",
    source: "data := 'auto'. Transcript show: data; cr",
    output: lines("auto"),
  },
  {
    name: "showln writes the newline first",
    source: "Transcript showln: 'a'; showln: 'b'",
    output: "\na\nb",
  },
  // ---- Pharo dialect ----
  {
    name: "pharo comma with a number",
    dialect: "pharo",
    source: "[Transcript show: 'x', 12] on: Error do: [:e | Transcript show: e messageText; cr]",
    output: lines("Instances of SmallInteger are not indexable"),
  },
];
