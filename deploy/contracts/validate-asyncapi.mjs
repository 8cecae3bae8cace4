// Parses every service's AsyncAPI document with the AsyncAPI parser (@asyncapi/parser) and fails
// on any diagnostic of severity error. A service serves its document with the platform's CloudEvents
// header schema beside it, so the two are put together the same way before parsing.
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser, fromFile, DiagnosticSeverity } from '@asyncapi/parser';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const served = join('src', 'main', 'resources', 'META-INF', 'resources', 'asyncapi');
const platform = join(root, 'platform', 'runtime', served);
const severities = { [DiagnosticSeverity.Error]: 'error', [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info', [DiagnosticSeverity.Hint]: 'hint' };

const services = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, d.name, served, 'asyncapi.yaml')))
  .map((d) => d.name)
  .sort();
if (services.length === 0) {
  console.error(`No AsyncAPI document found under ${root}/*/${served}`);
  process.exit(1);
}

const parser = new Parser();
let errors = 0;
for (const service of services) {
  const dir = mkdtempSync(join(tmpdir(), `asyncapi-${service}-`));
  try {
    cpSync(platform, dir, { recursive: true });
    cpSync(join(root, service, served), dir, { recursive: true });
    const file = join(dir, 'asyncapi.yaml');
    const { document, diagnostics } = await fromFile(parser, file).parse();
    const own = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error);
    for (const d of diagnostics) {
      const where = d.path && d.path.length ? d.path.join('/') : '(document)';
      const source = d.source ? relative(dir, d.source) || 'asyncapi.yaml' : 'asyncapi.yaml';
      console.log(`${service}: ${severities[d.severity] ?? d.severity} ${d.code}: ${d.message} at ${source} ${where}`);
    }
    if (!document && own.length === 0) {
      console.log(`${service}: error: the parser gave no document`);
      errors++;
    }
    errors += own.length;
    if (document) {
      const messages = document.allMessages().length;
      const schemas = document.allMessages().all().filter((m) => m.hasPayload()).length;
      console.log(`${service}: AsyncAPI ${document.version()}, ${messages} messages, ${schemas} with a payload schema, `
        + `${own.length} errors`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
if (errors > 0) {
  console.error(`${errors} AsyncAPI error(s)`);
  process.exit(1);
}
