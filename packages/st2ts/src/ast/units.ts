/**
 * The units the readers produce from a file, in file order: class definitions, methods with
 * their class and side, class comments, organisation chunks and do-its.
 *
 * @module
 */

import type { DoItNode, MethodNode, SourceSpan } from "./nodes.js";

/**
 * The shape of a class's instances, from the subclass-creation selector (`variableSubclass:`
 * → `"variable"`) or the fluid `layout:` (`VariableLayout` → `"variable"`), or `"trait"`.
 */
export type ClassKind =
  | "normal"
  | "variable"
  | "variableByte"
  | "variableWord"
  | "variableDoubleByte"
  | "variableDoubleWord"
  | "weak"
  | "ephemeron"
  | "immediate"
  | "compiledMethod"
  | "trait";

/** Which syntax a class definition was written in. */
export type ClassDefinitionForm =
  /** `Object subclass: #Foo instanceVariableNames: '…' … category: '…'` */
  | "squeak"
  /** `Object subclass: #Foo … package: '…'` (Pharo ≤ 9) or `slots: {…}` forms. */
  | "pharo"
  /** `Object << #Foo slots: {…}; package: '…'` (Pharo 10+). */
  | "fluid"
  /** `Class { #name : 'Foo', … }` in a Tonel file. */
  | "tonel";

/** A class (or trait) definition, whatever syntax it was written in. */
export interface ClassDefinition {
  readonly kind: "ClassDefinition";
  /** The class name. */
  readonly name: string;
  /** The superclass name, or `null` for `nil subclass: …` (and for traits). */
  readonly superclass: string | null;
  /** The instance layout. */
  readonly classKind: ClassKind;
  /** Instance variable (slot) names. */
  readonly instanceVariables: readonly string[];
  /** Class variable (shared variable) names. */
  readonly classVariables: readonly string[];
  /** Class-side instance variable names (Tonel `#classInstVars`, fluid class slots). */
  readonly classInstanceVariables: readonly string[];
  /** Pool dictionary (shared pool) names. */
  readonly poolDictionaries: readonly string[];
  /** The system category (Squeak `category:`, Tonel `#category`). */
  readonly category: string | undefined;
  /** The package (Pharo `package:`, Tonel `#package`). */
  readonly package: string | undefined;
  /** The package tag (fluid `tag:`, Tonel `#tag`). */
  readonly tag: string | undefined;
  /** The trait composition as written (`uses: TFoo + TBar`, Tonel `#traits`), if any. */
  readonly traitComposition: string | undefined;
  /** The class comment (Tonel's leading comment), if given with the definition. */
  readonly comment: string | undefined;
  /** The syntax used. */
  readonly form: ClassDefinitionForm;
  /** The whole definition in the file. */
  readonly span: SourceSpan;
  /** The parsed do-it that defines the class (absent for Tonel). */
  readonly definition: DoItNode | undefined;
}

/** `Foo class instanceVariableNames: 'count'`: class-side instance variables of a class. */
export interface ClassInstanceVariables {
  readonly kind: "ClassInstanceVariables";
  /** The class whose metaclass gets the variables. */
  readonly className: string;
  /** The variable names. */
  readonly instanceVariables: readonly string[];
  /** The whole chunk. */
  readonly span: SourceSpan;
  /** The parsed do-it. */
  readonly definition: DoItNode;
}

/** Which side of a class a method belongs to. */
export type MethodSide = "instance" | "class";

/** A method together with the class and side it is compiled into. */
export interface MethodDefinition {
  readonly kind: "MethodDefinition";
  /** The class name (for extension methods, the extended class). */
  readonly className: string;
  /** Instance side or class side (`Foo class >> bar`, `!Foo class methodsFor: …!`). */
  readonly side: MethodSide;
  /** The method category (protocol), e.g. `accessing`, if given. */
  readonly category: string | undefined;
  /** The `stamp:` of the methodsFor: chunk, if given. */
  readonly stamp: string | undefined;
  /** The parsed method. */
  readonly method: MethodNode;
  /** The whole method source, including a Tonel method's `Foo >>` prefix. */
  readonly span: SourceSpan;
}

/** A class comment (`!Foo commentStamp: '…' prior: 0!` + comment chunk). */
export interface ClassComment {
  readonly kind: "ClassComment";
  /** The commented class. */
  readonly className: string;
  /** The comment text (chunk `!!` unescaped). */
  readonly text: string;
  /** The stamp, if given. */
  readonly stamp: string | undefined;
  /** The comment chunk. */
  readonly span: SourceSpan;
}

/** `!Foo reorganize!` + organisation chunk: method categories, kept as text. */
export interface Organization {
  readonly kind: "Organization";
  /** The class. */
  readonly className: string;
  /** Instance or class side. */
  readonly side: MethodSide;
  /** The organisation chunk text (unescaped). */
  readonly text: string;
  /** The organisation chunk. */
  readonly span: SourceSpan;
}

/** Tonel `Extension { #name : 'Object' }`: the following methods extend an existing class. */
export interface ClassExtension {
  readonly kind: "ClassExtension";
  /** The extended class. */
  readonly className: string;
  /** The extension header. */
  readonly span: SourceSpan;
}

/** Tonel `package.st`: `Package { #name : 'P' }`. */
export interface PackageDefinition {
  readonly kind: "PackageDefinition";
  /** The package name. */
  readonly name: string;
  /** The header. */
  readonly span: SourceSpan;
}

/** A do-it unit (a workspace, or a fileIn chunk that is not one of the other units). */
export type DoItUnit = DoItNode;

/** Everything a reader yields, in file order. */
export type SourceUnit =
  | ClassDefinition
  | ClassInstanceVariables
  | MethodDefinition
  | ClassComment
  | Organization
  | ClassExtension
  | PackageDefinition
  | DoItUnit;

/** The `kind` values of {@link SourceUnit}. */
export type SourceUnitKind = SourceUnit["kind"];
