// loom check: parse and elaborate a program; print every diagnostic.
import { formatDiagnostics, hasErrors } from '../../compiler/diagnostics.ts';
import { checkProgram } from '../../compiler/elaborate/elaborate.ts';
import { loadProgram } from '../../compiler/elaborate/load.ts';

export async function run(argv: string[]): Promise<number> {
  const file = argv[0];
  if (!file || argv.length > 1) throw new Error('usage: loom check <file.loom>');
  const program = loadProgram(file);
  const diagnostics = hasErrors(program.diagnostics) ? program.diagnostics : [...program.diagnostics, ...checkProgram(program)];
  if (diagnostics.length) process.stderr.write(`${formatDiagnostics(diagnostics, program.sources)}\n`);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (errors) {
    process.stderr.write(`${errors} error${errors === 1 ? '' : 's'}\n`);
    return 1;
  }
  process.stdout.write(`${file}: ok\n`);
  return 0;
}
