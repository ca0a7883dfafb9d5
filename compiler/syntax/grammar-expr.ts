// The expression half of the loom grammar, as a base class that grammar.ts
// extends with items, members and statements (chevrotain supports grammar
// inheritance; the derived constructor runs performSelfAnalysis).
//
// Binary operators are parsed flat, `operand (op operand)*`, and precedence is
// applied in build-expr.ts. One rule per precedence level would cost ten rule
// invocations per atom; this costs three, which makes the parser several times
// faster without changing what it accepts or the errors it reports.
import { type CstNode, CstParser, type IOrAlt, type IToken, type TokenType } from 'chevrotain';
import { closeMessage, loomMessageProvider, type BraceContent } from './messages.ts';
import { MAX_NESTING } from './lexer.ts';
import { MAX_EXPRESSION_DEPTH } from './limits.ts';
import * as T from './tokens.ts';

/**
 * Thrown out of the parser when expressions or `if` statements nest past the
 * limit; parse() turns it into one diagnostic at `token`. Not a chevrotain
 * recognition exception, so error recovery lets it through.
 */
export class TooDeep extends Error {
  constructor(
    readonly kind: 'expression' | 'statement',
    readonly token: IToken,
  ) {
    super(`${kind} nesting too deep`);
  }
}

export abstract class ExpressionGrammar extends CstParser {
  constructor() {
    super(T.allTokens, {
      recoveryEnabled: true,
      nodeLocationTracking: 'full',
      maxLookahead: 3,
      errorMessageProvider: loomMessageProvider,
    });
  }

  /** `scan t over T ... { ... }` (grammar.ts: its body is a statement block, which this half does not define). */
  abstract scanExpr: (idxInCallingRule?: number, ...args: unknown[]) => CstNode;

  private readonly alternativesCache = new Map<string, IOrAlt<unknown>[]>();

  /** How many `power` / `condExpr` rules, and how many `if` statements or members, are open (see `nested`). */
  private expressionNesting = 0;
  private statementNesting = 0;

  /** Called before each parse: a previous parse that stopped at TooDeep left the counters where it stopped. */
  resetNesting(): void {
    this.expressionNesting = 0;
    this.statementNesting = 0;
  }

  /**
   * Runs a rule body one level deeper. The grammar recurses for `**`, `if then
   * else`, brackets and `else if`; past the limit the parse stops with TooDeep
   * instead of exhausting the stack. An expression may open one extra level per
   * bracket (which the AST does not count), so it stops only once the AST
   * would surely be deeper than MAX_EXPRESSION_DEPTH, where build-expr.ts
   * reports the exact spot.
   */
  protected nested(kind: 'expression' | 'statement', body: () => void): void {
    const counter = kind === 'expression' ? 'expressionNesting' : 'statementNesting';
    const limit = kind === 'expression' ? MAX_EXPRESSION_DEPTH + MAX_NESTING : MAX_EXPRESSION_DEPTH;
    if (++this[counter] > limit) {
      this[counter] = 0;
      throw new TooDeep(kind, this.LA(1));
    }
    try {
      body();
    } finally {
      this[counter] = Math.max(0, this[counter] - 1);
    }
  }

  /**
   * The alternatives of one OR, built on first use and reused: chevrotain's
   * recommended optimisation, as an OR literal would allocate its array and
   * closures on every call. `key` names the OR's site; closures must not
   * capture anything but `this`.
   */
  protected alternatives(key: string, make: () => IOrAlt<unknown>[]): IOrAlt<unknown>[] {
    let alts = this.alternativesCache.get(key);
    if (alts === undefined) this.alternativesCache.set(key, (alts = make()));
    return alts;
  }

  /** Consumes a closing bracket; if it is missing, the error names where its opener was. */
  protected close(closer: TokenType, what: string, open: IToken, braces?: BraceContent): void {
    this.CONSUME(closer, { ERR_MSG: closeMessage(closer, what, open, this.LA(0), this.LA(1), braces) });
  }

  /** `if c then a else b`, or operands joined by binary operators. */
  expression = this.RULE('expression', () => {
    this.OR({
      DEF: this.alternatives('expression.1', () => [
        { ALT: () => this.SUBRULE(this.condExpr) },
        {
          ALT: () => {
            this.SUBRULE(this.operand);
            this.MANY(() => { this.CONSUME(T.BinaryOperator); this.SUBRULE2(this.operand); });
          },
        },
      ]),
      ERR_MSG: 'an expression',
    });
  });

  condExpr = this.RULE('condExpr', () => this.nested('expression', () => {
    this.CONSUME(T.If);
    this.SUBRULE(this.expression, { LABEL: 'cond' });
    this.CONSUME(T.Then);
    this.SUBRULE2(this.expression, { LABEL: 'then' });
    this.CONSUME(T.Else);
    this.SUBRULE3(this.expression, { LABEL: 'else' });
  }));

  /** Prefix operators, then a power: `not -x ** 2` is `not (-(x ** 2))`. `not` may not follow `-`. */
  operand = this.RULE('operand', () => {
    this.MANY(() => this.CONSUME(T.Not));
    this.MANY2(() => this.CONSUME(T.Minus));
    this.SUBRULE(this.power);
  });

  /**
   * An atom, its suffixes (calls, indexing, member access), and an optional
   * right-associative `** exponent` whose operand may be negated (`2 ** -k`).
   */
  power = this.RULE('power', () => this.nested('expression', () => {
    this.OR({
      DEF: this.alternatives('power.1', () => [
        { ALT: () => this.CONSUME(T.Int) },
        { ALT: () => this.CONSUME(T.Float) },
        { ALT: () => this.CONSUME(T.StringLit) },
        { ALT: () => this.CONSUME(T.True) },
        { ALT: () => this.CONSUME(T.False) },
        { ALT: () => this.CONSUME(T.Identifier) },
        { ALT: () => this.SUBRULE(this.parenExpr) },
        { ALT: () => this.SUBRULE(this.listExpr) },
        { ALT: () => this.SUBRULE(this.scanExpr) },
      ]),
      ERR_MSG: 'an expression',
    });
    this.MANY(() =>
      this.OR2(this.alternatives('power.2', () => [
          { ALT: () => this.SUBRULE(this.callSuffix) },
          { ALT: () => this.SUBRULE(this.indexSuffix) },
          { ALT: () => this.SUBRULE(this.memberSuffix) },
      ])),
    );
    this.OPTION(() => {
      this.CONSUME(T.StarStar);
      this.MANY2(() => this.CONSUME(T.Minus));
      this.SUBRULE2(this.power);
    });
  }));

  callSuffix = this.RULE('callSuffix', () => {
    const open = this.CONSUME(T.LParen);
    this.OPTION(() => this.SUBRULE(this.args));
    this.close(T.RParen, 'call', open);
  });

  args = this.RULE('args', () => {
    this.SUBRULE(this.arg);
    this.MANY(() => { this.CONSUME(T.Comma); this.SUBRULE2(this.arg); });
    this.OPTION(() => this.CONSUME2(T.Comma));
  });

  /** `value` or `name=value`. */
  arg = this.RULE('arg', () => {
    this.OR(this.alternatives('arg.1', () => [
      { ALT: () => { this.CONSUME(T.Identifier, { LABEL: 'name' }); this.CONSUME(T.Equals); this.SUBRULE(this.expression); } },
      { ALT: () => this.SUBRULE2(this.expression) },
    ]));
  });

  indexSuffix = this.RULE('indexSuffix', () => {
    const open = this.CONSUME(T.LBracket);
    this.SUBRULE(this.indexItem);
    this.MANY(() => { this.CONSUME(T.Comma); this.SUBRULE2(this.indexItem); });
    this.OPTION(() => this.CONSUME2(T.Comma));
    this.close(T.RBracket, 'index', open);
  });

  /** `e`, `a:b:c` with any part omitted, `...`, `None`. */
  indexItem = this.RULE('indexItem', () => {
    this.OR({
      DEF: this.alternatives('indexItem.1', () => [
        { ALT: () => this.CONSUME(T.DotDotDot) },
        { ALT: () => this.CONSUME(T.None) },
        { ALT: () => { this.SUBRULE(this.expression, { LABEL: 'start' }); this.OPTION(() => this.SUBRULE(this.sliceTail)); } },
        { ALT: () => this.SUBRULE2(this.sliceTail) },
      ]),
      ERR_MSG: "an index (an expression, a slice 'a:b', '...' or 'None')",
    });
  });

  /** `:stop:step` after a slice's optional start. */
  sliceTail = this.RULE('sliceTail', () => {
    this.CONSUME(T.Colon);
    this.OPTION(() => this.SUBRULE(this.expression, { LABEL: 'stop' }));
    this.OPTION2(() => {
      this.CONSUME2(T.Colon);
      this.OPTION3(() => this.SUBRULE2(this.expression, { LABEL: 'step' }));
    });
  });

  memberSuffix = this.RULE('memberSuffix', () => {
    this.CONSUME(T.Dot);
    this.CONSUME(T.Identifier);
  });

  parenExpr = this.RULE('parenExpr', () => {
    const open = this.CONSUME(T.LParen);
    this.SUBRULE(this.expression);
    this.close(T.RParen, "'('", open);
  });

  listExpr = this.RULE('listExpr', () => {
    const open = this.CONSUME(T.LBracket);
    this.OPTION(() => {
      this.SUBRULE(this.expression);
      this.MANY(() => { this.CONSUME(T.Comma); this.SUBRULE2(this.expression); });
      this.OPTION2(() => this.CONSUME2(T.Comma));
    });
    this.close(T.RBracket, 'list', open);
  });
}
