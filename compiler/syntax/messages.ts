// Human-readable parse error messages. Chevrotain's defaults ("Expecting token
// of type --> RParen <-- but found --> 'x' <--") are replaced here; most
// messages read `unexpected FOUND: expected WHAT`, and common mistakes get a
// message of their own (a keyword used as a name, `return` in a block body,
// a hyperparameter without a type, ...).
import { EOF, type IParserErrorMessageProvider, type IToken, type TokenType } from 'chevrotain';
import * as T from './tokens.ts';

const ITEM = 'an item (import, fn, block, model or let)';
const MEMBER = "a block member (let, param, if, 'name = Block(...)' or a method 'name(...)') or '}'";
const STATEMENT = "a statement (let, 'name = ...', return, if or for) or '}'";

/** How a found token reads in a message: `'x'`, `'}'`, `end of line`, `string "..."`. */
export function describeToken(t: IToken): string {
  const type = t.tokenType;
  if (type === EOF || !Number.isFinite(t.startOffset)) return 'end of file';
  if (type === T.Newline) return 'end of line';
  if (type === T.StringLit) return `string ${t.image.length > 24 ? t.image.slice(0, 20) + '..."' : t.image}`;
  return `'${t.image.length > 24 ? t.image.slice(0, 20) + '...' : t.image}'`;
}

/** How an expected token type reads: `')'`, `a name`, `end of line`. */
export function describeTokenType(type: TokenType): string {
  if (type === EOF) return 'end of file';
  return type.LABEL ?? type.name;
}

function isKeyword(t: IToken): boolean {
  return (t.tokenType.CATEGORIES ?? []).includes(T.Keyword);
}

/**
 * The tokens being parsed, so that a message can look one token past the one
 * it is about (chevrotain hands the provider only that token). Set by
 * grammar.ts around each parse; parsing is synchronous, so one slot suffices.
 */
let tokensInParse: readonly IToken[] = [];

export function setTokensInParse(tokens: readonly IToken[]): void {
  tokensInParse = tokens;
}

function tokenAfter(t: IToken): IToken | undefined {
  let lo = 0;
  let hi = tokensInParse.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokensInParse[mid]!.startOffset <= t.startOffset) lo = mid + 1;
    else hi = mid;
  }
  return tokensInParse[lo];
}

/** `block = Block(dim)`, `in: int`: a keyword where a declaration's name goes. */
function keywordAsName(t: IToken): string | undefined {
  const next = tokenAfter(t)?.tokenType;
  if (!isKeyword(t) || (next !== T.Equals && next !== T.Colon)) return undefined;
  return `'${t.image}' is a keyword and cannot be used as a name`;
}

/** Where a closing `}` is expected: what its braces hold. */
export type BraceContent = 'block' | 'body';

/**
 * The ERR_MSG of a closing bracket: `expected ')' to close the call opened at 3:14`.
 * `previous`/`next` are the tokens around the spot. A keyword right after an
 * opener or a comma is where a name or value was meant. Before a `}`, a token
 * that belongs elsewhere gets misplacedMessage(), and any other stray token is
 * reported as such; only the end of the file or the start of a new item
 * (`fn`, `block`, ...) means the `}` itself is missing.
 */
export function closeMessage(closer: TokenType, what: string, open: IToken, previous: IToken, next: IToken, braces?: BraceContent): string {
  // The opener itself may have been invented by recovery, and then has no position.
  const where = Number.isFinite(open.startOffset) && !open.isInsertedInRecovery ? ` opened at ${open.startLine}:${open.startColumn}` : '';
  const missing = `expected ${describeTokenType(closer)} to close the ${what}${where}`;
  if (braces !== undefined) {
    const misnamed = keywordAsName(next);
    if (misnamed !== undefined) return misnamed;
    if (next.tokenType === EOF || startsItem(next)) return missing;
    return misplacedMessage(next, braces) ?? `unexpected ${describeToken(next)}: expected ${braces === 'block' ? MEMBER : STATEMENT}`;
  }
  const afterSeparator = previous.tokenType === T.Comma || previous === open;
  if (afterSeparator && isKeyword(next)) {
    return misplacedMessage(next, 'expression') ?? `'${next.image}' is a keyword and cannot be used as a name`;
  }
  return missing;
}

function startsItem(t: IToken): boolean {
  const type = t.tokenType;
  return type === T.Fn || type === T.Block || type === T.Model || type === T.Import;
}

type Place = 'top' | 'block' | 'body' | 'expression';

/** A message for a token that is valid loom somewhere, just not here; undefined when it is not that kind of token. */
export function misplacedMessage(t: IToken, place: Place): string | undefined {
  const type = t.tokenType;
  if (place !== 'expression') {
    const misnamed = keywordAsName(t);
    if (misnamed !== undefined) return misnamed;
  }
  if (type === T.None) return "'None' is only allowed inside an index, as a new axis: x[:, None]";
  if (type === T.Else) return "'else' without a matching 'if'";
  // Inside an expression a statement keyword is just out of place; saying where it belongs would mislead.
  if (place === 'expression') return undefined;
  if (type === T.Return && place !== 'body') return "'return' is only allowed in a function or method body";
  if (type === T.For && place !== 'body') {
    const hint = place === 'block' ? " (use 'name = repeat(n) Block(...)' for repeated sub-blocks)" : '';
    return `'for' loops are only allowed in function and method bodies${hint}`;
  }
  if (type === T.Param && place !== 'block') {
    return place === 'body'
      ? "'param' declarations are only allowed in a block body, not in a function or method body"
      : "'param' declarations are only allowed in a block body";
  }
  if ((type === T.Fn || type === T.Block || type === T.Model || type === T.Import) && place !== 'top') {
    return `'${t.image}' is only allowed at the top level of a file`;
  }
  if (type === T.RBrace && place === 'top') return "unexpected '}' with no matching '{'";
  if (type === T.Identifier && place === 'top') {
    return `unexpected '${t.image}': expected ${ITEM}; block members and methods go inside a block's '{ ... }'`;
  }
  return undefined;
}

/** Messages for a missing token in a specific rule, keyed `rule.TokenName`. */
const missingInRule: Record<string, (found: string, previous: IToken) => string> = {
  'hyperParam.Colon': (_f, prev) => `hyperparameter '${prev.image}' needs a type: int, float, bool or str`,
  'hyperParam.Identifier': (f) => `unexpected ${f}: expected a hyperparameter type (int, float, bool or str)`,
  'paramDecl.Colon': (_f, prev) => `param '${prev.image}' needs a type: param ${prev.image}: [dims] = initialiser`,
  'paramDecl.Equals': (f) => `unexpected ${f}: expected '=' and an initialiser after the param's type, e.g. '= normal(0.02)'`,
  'blockCall.Identifier': (f, prev) =>
    prev.tokenType === T.RParen
      ? `unexpected ${f}: 'repeat(n)' must be followed by a block call, e.g. 'repeat(n) Block(dim)'`
      : `unexpected ${f}: expected a block call such as 'Linear(dim, dim)' (a constant is written 'let name = ...')`,
  'blockCall.LParen': (f) =>
    `unexpected ${f}: expected '(': a sub-block is created by calling a block, e.g. 'Linear(dim, dim)' (a constant is written 'let name = ...')`,
  'assignStmt.Equals': (f) => `unexpected ${f}: expected '='; a statement is 'let x = ...', 'x = ...', 'return ...', 'if' or 'for'`,
  'letStmt.Equals': (f, prev) => `unexpected ${f}: expected '=' after 'let ${prev.image}'`,
  'forStmt.In': (f) => `unexpected ${f}: expected 'in', as in 'for i in 0..n { ... }'`,
  'forStmt.DotDot': (f) => `unexpected ${f}: expected '..' in the loop range, as in 'for i in 0..n { ... }'`,
  'memberSuffix.Identifier': (f) => `unexpected ${f}: expected a member name after '.'`,
  'tensorType.LBracket': (f) => `unexpected ${f}: expected a tensor type such as '[B, T, dim]' or 'i32[B, T]'`,
};

export const loomMessageProvider: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual, previous, ruleName }): string {
    const found = describeToken(actual);
    // Repetition recovery: a token that cannot continue a list of items/members/statements.
    if (expected === EOF) return misplacedMessage(actual, 'top') ?? `unexpected ${found}: expected ${ITEM}`;
    if (expected === T.RBrace && ruleName === 'blockBody') {
      return misplacedMessage(actual, 'block') ?? `unexpected ${found}: expected ${MEMBER}`;
    }
    if (expected === T.RBrace && ruleName === 'stmtBlock') {
      return misplacedMessage(actual, 'body') ?? `unexpected ${found}: expected ${STATEMENT}`;
    }
    if (expected === T.Identifier && isKeyword(actual)) return `'${actual.image}' is a keyword and cannot be used as a name`;
    if (expected === T.Identifier && isKeyword(previous) && (actual.tokenType === T.Equals || actual.tokenType === T.Colon)) {
      // `model = GPT(...)`: the name is missing, or the keyword was meant as one.
      return `unexpected ${found}: expected a name after '${previous.image}' ('${previous.image}' is a keyword and cannot be used as a name)`;
    }
    const specific = missingInRule[`${ruleName}.${expected.name}`];
    if (specific !== undefined) return specific(found, previous);
    return `unexpected ${found}: expected ${describeTokenType(expected)}`;
  },

  buildNoViableAltMessage({ expectedPathsPerAlt, actual, customUserDescription, ruleName }): string {
    const t = actual[0]!;
    if (customUserDescription === 'an expression' || ruleName === 'indexItem') {
      const misplaced = misplacedMessage(t, 'expression');
      if (misplaced !== undefined) return misplaced;
      const next = actual[1];
      if (t.tokenType === T.Dot && next?.tokenType === T.Int && next.startOffset === t.startOffset + 1) {
        return `a number needs a digit before the decimal point: write '0.${next.image}', not '.${next.image}'`;
      }
    }
    const expected = customUserDescription ?? describeFirstTokens(expectedPathsPerAlt.flat());
    return `unexpected ${describeToken(t)}: expected ${expected}`;
  },

  buildEarlyExitMessage({ expectedIterationPaths, actual, customUserDescription }): string {
    const expected = customUserDescription ?? describeFirstTokens(expectedIterationPaths);
    return `unexpected ${describeToken(actual[0]!)}: expected ${expected}`;
  },

  buildNotAllInputParsedMessage({ firstRedundant }): string {
    return misplacedMessage(firstRedundant, 'top') ?? `unexpected ${describeToken(firstRedundant)}: expected ${ITEM}`;
  },
};

/** `'(', '[' or a name`: the distinct first tokens of some grammar paths. */
function describeFirstTokens(paths: TokenType[][]): string {
  const names = [...new Set(paths.map((p) => (p[0] === undefined ? 'end of input' : describeTokenType(p[0]))))];
  if (names.length <= 1) return names[0] ?? 'something else';
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}
