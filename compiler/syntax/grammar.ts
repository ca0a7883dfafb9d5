// The loom grammar as a chevrotain CstParser with error recovery. The CST it
// builds is turned into the AST by build-items.ts / build-expr.ts.
//
// Shape conventions that the builders rely on:
//  - Statement/member/item rules never consume their terminator; the list
//    rules do (via `end`), so a node's location covers exactly its own text.
//  - Rules that are reached by exactly one path (blockCall, hyperParam, ...)
//    exist partly so that error messages can say what was being parsed.
//  - Closers carry an ERR_MSG naming where their opener was.
import { EMPTY_ALT, EOF, type CstNode, type IToken } from 'chevrotain';
import { ExpressionGrammar } from './grammar-expr.ts';
import { setTokensInParse } from './messages.ts';
import * as T from './tokens.ts';

class LoomParser extends ExpressionGrammar {
  constructor() {
    super();
    this.performSelfAnalysis();
  }

  /** True right before `}` or the end of input, where a terminator may be omitted. */
  private atCloseOrEnd(): boolean {
    const next = this.LA(1).tokenType;
    return next === T.RBrace || next === EOF;
  }

  // ---------------------------------------------------------------- items

  program = this.RULE('program', () => {
    this.MANY(() =>
      this.OR(this.alternatives('program.1', () => [
        { ALT: () => this.CONSUME(T.Terminator) },
        { ALT: () => { this.SUBRULE(this.item); this.SUBRULE(this.end); } },
      ])),
    );
  });

  /** What ends an item, member or statement: a newline or `;`, or nothing before `}` / end of file. */
  end = this.RULE('end', () => {
    this.OR({
      DEF: this.alternatives('end.1', () => [
        { ALT: () => this.CONSUME(T.Terminator) },
        { GATE: () => this.atCloseOrEnd(), ALT: EMPTY_ALT() },
      ]),
      ERR_MSG: "end of line or ';'",
    });
  });

  item = this.RULE('item', () => {
    this.OR(this.alternatives('item.1', () => [
      { ALT: () => this.SUBRULE(this.importItem) },
      { ALT: () => this.SUBRULE(this.fnItem) },
      { ALT: () => this.SUBRULE(this.blockItem) },
      { ALT: () => this.SUBRULE(this.letStmt) },
    ]));
  });

  importItem = this.RULE('importItem', () => {
    this.CONSUME(T.Import);
    this.OR({
      DEF: this.alternatives('importItem.1', () => [
        { ALT: () => this.CONSUME(T.StringLit) },
        {
          ALT: () => {
            this.CONSUME(T.Identifier);
            this.MANY(() => { this.CONSUME(T.Dot); this.CONSUME2(T.Identifier); });
          },
        },
      ]),
      ERR_MSG: "a module name such as 'std.nn' or a file path string",
    });
  });

  fnItem = this.RULE('fnItem', () => {
    this.CONSUME(T.Fn);
    this.CONSUME(T.Identifier);
    this.SUBRULE(this.paramList);
    this.OPTION(() => { this.CONSUME(T.Arrow); this.SUBRULE(this.tensorType); });
    this.SUBRULE(this.body);
  });

  /** A function or method body: `= expr` or `{ statements }`. */
  body = this.RULE('body', () => {
    this.OR({
      DEF: this.alternatives('body.1', () => [
        { ALT: () => { this.CONSUME(T.Equals); this.SUBRULE(this.expression); } },
        { ALT: () => this.SUBRULE(this.stmtBlock) },
      ]),
      ERR_MSG: "'= expression' or a '{ ... }' body",
    });
  });

  paramList = this.RULE('paramList', () => {
    const open = this.CONSUME(T.LParen);
    this.OPTION(() => {
      this.SUBRULE(this.valueParam);
      this.MANY(() => { this.CONSUME(T.Comma); this.SUBRULE2(this.valueParam); });
      this.OPTION2(() => this.CONSUME2(T.Comma));
    });
    this.close(T.RParen, 'parameter list', open);
  });

  /** `x`, `x: [B, T]`, `axis = -1`, `x: [d] = zeros`. */
  valueParam = this.RULE('valueParam', () => {
    this.CONSUME(T.Identifier);
    this.OPTION(() => { this.CONSUME(T.Colon); this.SUBRULE(this.tensorType); });
    this.OPTION2(() => { this.CONSUME(T.Equals); this.SUBRULE(this.expression); });
  });

  blockItem = this.RULE('blockItem', () => {
    this.OR(this.alternatives('blockItem.1', () => [
      { ALT: () => this.CONSUME(T.Block) },
      { ALT: () => this.CONSUME(T.Model) },
    ]));
    this.CONSUME(T.Identifier);
    this.OPTION(() => this.SUBRULE(this.hyperParamList));
    this.SUBRULE(this.blockBody);
  });

  hyperParamList = this.RULE('hyperParamList', () => {
    const open = this.CONSUME(T.LParen);
    this.OPTION(() => {
      this.SUBRULE(this.hyperParam);
      this.MANY(() => { this.CONSUME(T.Comma); this.SUBRULE2(this.hyperParam); });
      this.OPTION2(() => this.CONSUME2(T.Comma));
    });
    this.close(T.RParen, 'hyperparameter list', open);
  });

  /** `dim: int`, `eps: float = 1e-5`. The type is a name; build-items.ts checks it is int/float/bool/str. */
  hyperParam = this.RULE('hyperParam', () => {
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.CONSUME(T.Colon);
    this.CONSUME2(T.Identifier, { LABEL: 'type' });
    this.OPTION(() => { this.CONSUME(T.Equals); this.SUBRULE(this.expression); });
  });

  /** `[B, T, dim]`, `i32[B, T]`, `[..., d]`. */
  tensorType = this.RULE('tensorType', () => {
    this.OPTION(() => this.CONSUME(T.Identifier, { LABEL: 'dtype' }));
    const open = this.CONSUME(T.LBracket);
    this.OPTION2(() => {
      this.SUBRULE(this.dim);
      this.MANY(() => { this.CONSUME(T.Comma); this.SUBRULE2(this.dim); });
      this.OPTION3(() => this.CONSUME2(T.Comma));
    });
    this.close(T.RBracket, 'type', open);
  });

  dim = this.RULE('dim', () => {
    this.OR({
      DEF: this.alternatives('dim.1', () => [
        { ALT: () => this.CONSUME(T.DotDotDot) },
        { ALT: () => this.SUBRULE(this.expression) },
      ]),
      ERR_MSG: "a dimension (an expression or '...')",
    });
  });

  // ---------------------------------------------------------------- block members

  blockBody = this.RULE('blockBody', () => {
    const open = this.CONSUME(T.LBrace);
    this.MANY(() =>
      this.OR(this.alternatives('blockBody.1', () => [
        { ALT: () => this.CONSUME(T.Terminator) },
        { ALT: () => { this.SUBRULE(this.member); this.SUBRULE(this.end); } },
      ])),
    );
    this.close(T.RBrace, 'block body', open, 'block');
  });

  member = this.RULE('member', () => {
    this.OR(this.alternatives('member.1', () => [
      { ALT: () => this.SUBRULE(this.letStmt) },
      { ALT: () => this.SUBRULE(this.paramDecl) },
      { ALT: () => this.SUBRULE(this.memberIf) },
      { ALT: () => this.SUBRULE(this.namedMember) },
      // Error productions: parsed in full so recovery is exact, then reported and dropped by build-items.ts.
      { ALT: () => this.SUBRULE(this.returnStmt) },
      { ALT: () => this.SUBRULE(this.forStmt) },
    ]));
  });

  paramDecl = this.RULE('paramDecl', () => {
    this.CONSUME(T.Param);
    this.CONSUME(T.Identifier);
    this.CONSUME(T.Colon);
    this.SUBRULE(this.tensorType);
    this.CONSUME(T.Equals);
    this.SUBRULE(this.expression);
  });

  /** `NAME = ...` (a sub-block) or `NAME(...)` (a method): the token after the name decides. */
  namedMember = this.RULE('namedMember', () => {
    this.CONSUME(T.Identifier);
    this.OR({
      DEF: this.alternatives('namedMember.1', () => [
        { ALT: () => this.SUBRULE(this.subBlockRest) },
        { ALT: () => this.SUBRULE(this.methodRest) },
      ]),
      ERR_MSG: "'= Block(...)' for a sub-block or '(' for a method",
    });
  });

  subBlockRest = this.RULE('subBlockRest', () => {
    this.CONSUME(T.Equals);
    this.OPTION(() => {
      this.CONSUME(T.Repeat);
      const open = this.CONSUME(T.LParen);
      this.SUBRULE(this.expression);
      this.close(T.RParen, "'repeat('", open);
    });
    this.SUBRULE(this.blockCall);
  });

  /** `Linear(dim, dim)` or `lib.Linear(dim, dim)`: the right-hand side of a sub-block member. */
  blockCall = this.RULE('blockCall', () => {
    this.CONSUME(T.Identifier);
    this.MANY(() => { this.CONSUME(T.Dot); this.CONSUME2(T.Identifier); });
    const open = this.CONSUME(T.LParen);
    this.OPTION(() => this.SUBRULE(this.args));
    this.close(T.RParen, 'call', open);
  });

  methodRest = this.RULE('methodRest', () => {
    this.SUBRULE(this.paramList);
    this.OPTION(() => { this.CONSUME(T.Arrow); this.SUBRULE(this.tensorType); });
    this.SUBRULE(this.body);
  });

  memberIf = this.RULE('memberIf', () => this.nested('statement', () => {
    this.CONSUME(T.If);
    this.SUBRULE(this.expression);
    this.SUBRULE(this.blockBody);
    this.OPTION(() => {
      this.CONSUME(T.Else);
      this.OR({
        DEF: this.alternatives('memberIf.1', () => [
          { ALT: () => this.SUBRULE(this.memberIf) },
          { ALT: () => this.SUBRULE2(this.blockBody) },
        ]),
        ERR_MSG: "'if' or '{' after 'else'",
      });
    });
  }));

  // ---------------------------------------------------------------- statements

  stmtBlock = this.RULE('stmtBlock', () => {
    const open = this.CONSUME(T.LBrace);
    this.MANY(() =>
      this.OR(this.alternatives('stmtBlock.1', () => [
        { ALT: () => this.CONSUME(T.Terminator) },
        { ALT: () => { this.SUBRULE(this.statement); this.SUBRULE(this.end); } },
      ])),
    );
    this.close(T.RBrace, 'body', open, 'body');
  });

  statement = this.RULE('statement', () => {
    this.OR(this.alternatives('statement.1', () => [
      { ALT: () => this.SUBRULE(this.letStmt) },
      { ALT: () => this.SUBRULE(this.assignStmt) },
      { ALT: () => this.SUBRULE(this.returnStmt) },
      { ALT: () => this.SUBRULE(this.ifStmt) },
      { ALT: () => this.SUBRULE(this.forStmt) },
      { ALT: () => this.SUBRULE(this.yieldStmt) },
      // Error production, see `member`.
      { ALT: () => this.SUBRULE(this.paramDecl) },
    ]));
  });

  letStmt = this.RULE('letStmt', () => {
    this.CONSUME(T.Let);
    this.CONSUME(T.Identifier);
    this.CONSUME(T.Equals);
    this.SUBRULE(this.expression);
  });

  assignStmt = this.RULE('assignStmt', () => {
    this.CONSUME(T.Identifier);
    this.CONSUME(T.Equals);
    this.SUBRULE(this.expression);
  });

  returnStmt = this.RULE('returnStmt', () => {
    this.CONSUME(T.Return);
    this.SUBRULE(this.expression);
  });

  ifStmt = this.RULE('ifStmt', () => this.nested('statement', () => {
    this.CONSUME(T.If);
    this.SUBRULE(this.expression);
    this.SUBRULE(this.stmtBlock);
    this.OPTION(() => {
      this.CONSUME(T.Else);
      this.OR({
        DEF: this.alternatives('ifStmt.1', () => [
          { ALT: () => this.SUBRULE(this.ifStmt) },
          { ALT: () => this.SUBRULE2(this.stmtBlock) },
        ]),
        ERR_MSG: "'if' or '{' after 'else'",
      });
    });
  }));

  /** `yield a, b`: the per-step outputs of a scan body (its last statement; elaborate/scan.ts). */
  yieldStmt = this.RULE('yieldStmt', () => {
    this.CONSUME(T.Yield);
    this.SUBRULE(this.expression);
    this.MANY(() => { this.CONSUME(T.Comma); this.SUBRULE2(this.expression); });
  });

  /** True when the next token is the name `word` (scan's contextual words `over`, `along`, `reverse`, `with`). */
  private nextIs(word: string): boolean {
    const t = this.LA(1);
    return t.tokenType === T.Identifier && t.image === word;
  }

  /**
   * `scan t over T [reverse] [along AXIS] with v: [B, D] = 0, w = init { statements; yield y }`.
   * `over`, `reverse`, `along` and `with` are plain names here, so they stay usable elsewhere.
   */
  scanExpr = this.RULE('scanExpr', () => {
    this.CONSUME(T.Scan);
    this.CONSUME(T.Identifier, { LABEL: 'var' });
    this.CONSUME2(T.Identifier, { LABEL: 'over', ERR_MSG: "'over' (scan t over T with ...)" });
    this.SUBRULE(this.expression, { LABEL: 'length' });
    this.OPTION({ GATE: () => this.nextIs('reverse'), DEF: () => this.CONSUME3(T.Identifier, { LABEL: 'reverse' }) });
    this.OPTION2({
      GATE: () => this.nextIs('along'),
      DEF: () => { this.CONSUME4(T.Identifier, { LABEL: 'along' }); this.SUBRULE2(this.expression, { LABEL: 'axis' }); },
    });
    this.CONSUME5(T.Identifier, { LABEL: 'with', ERR_MSG: "'with' and the scan's states (scan t over T with h = h0 { ... })" });
    this.SUBRULE(this.scanState);
    this.MANY(() => { this.CONSUME(T.Comma); this.SUBRULE2(this.scanState); });
    this.SUBRULE(this.stmtBlock);
  });

  /** `h = init` or `h: [B, D] = 0` (the init broadcast to the type). */
  scanState = this.RULE('scanState', () => {
    this.CONSUME(T.Identifier);
    this.OPTION(() => { this.CONSUME(T.Colon); this.SUBRULE(this.tensorType); });
    this.CONSUME(T.Equals);
    this.SUBRULE(this.expression);
  });

  forStmt = this.RULE('forStmt', () => {
    this.CONSUME(T.For);
    this.CONSUME(T.Identifier);
    this.CONSUME(T.In);
    this.SUBRULE(this.expression, { LABEL: 'from' });
    this.CONSUME(T.DotDot);
    this.SUBRULE2(this.expression, { LABEL: 'to' });
    this.SUBRULE(this.stmtBlock);
  });
}

/** Built once: performSelfAnalysis is the expensive part. parse() is synchronous, so sharing it is safe. */
const parser = new LoomParser();

export interface RawParse {
  cst: CstNode;
  errors: typeof parser.errors;
}

/** Runs the grammar over already-lexed tokens; errors are chevrotain's, with our messages. */
export function parseTokens(tokens: IToken[]): RawParse {
  setTokensInParse(tokens);
  try {
    parser.resetNesting();
    parser.input = tokens;
    const cst = parser.program();
    return { cst, errors: parser.errors };
  } finally {
    setTokensInParse([]);
  }
}
