import { ArithmeticError } from "../exceptions/exception-classes.js";
import { registerClass } from "../kernel/class.js";

/**
 * `DomainError`: a mathematical function applied outside its domain (`-1 sqrt`, `0 ln`). An
 * ArithmeticError, so resumable: the resumption value is the function's answer.
 */
export class DomainError extends ArithmeticError {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "DomainError";
  /** The Smalltalk category. */
  static override readonly $category: string = "Kernel-Numbers-Exceptions";
  static {
    registerClass(this);
  }
}
