// loom check: parse and elaborate a program; print its diagnostics (the
// first 50, then a count).
import { formatDiagnostics, hasErrors } from '../../compiler/diagnostics.ts';
import { checkProgram } from '../../compiler/elaborate/elaborate.ts';
import { loadProgram } from '../../compiler/elaborate/load.ts';
import { modelFile, type CliIo, type CommandSpec, type ParsedArgs } from '../args.ts';

export const spec: CommandSpec = {
  name: 'check',
  summary: 'Check a program (syntax, imports, shapes and dtypes); print its diagnostics with file:line:col and a code frame, the first 50 and then a count.',
  synopsis: '<file.loom>',
  positionals: [{ name: '<file.loom>', description: 'the program to check' }],
  options: [],
  notes: 'Exit status: 0 no errors (warnings are printed), 1 errors, 2 a bad command line.',
};

export async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const file = modelFile(args);
  const program = loadProgram(file);
  const diagnostics = hasErrors(program.diagnostics) ? program.diagnostics : [...program.diagnostics, ...checkProgram(program)];
  if (diagnostics.length) io.stderr.write(`${formatDiagnostics(diagnostics, program.sources)}\n`);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (errors) {
    io.stderr.write(`${errors} error${errors === 1 ? '' : 's'}\n`);
    return 1;
  }
  io.stdout.write(`${file}: ok\n`);
  return 0;
}
