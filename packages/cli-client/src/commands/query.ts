import { readFile } from 'node:fs/promises';
import { InvalidArgumentError, type Command } from 'commander';
import { GraphQLError, parse, type DocumentNode } from 'graphql';
import { CliError, EXIT, request, type ClientOptions } from '../client';
import { examples } from '../options';

/** `k=v` of `--var`, the value read as JSON when it is JSON (numbers, true, lists), else as text. */
function variable(value: string, previous: Record<string, unknown> = {}): Record<string, unknown> {
  const at = value.indexOf('=');
  if (at < 1) throw new InvalidArgumentError('It must be name=value, e.g. --var first=10.');
  const text = value.slice(at + 1);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = text;
  }
  return { ...previous, [value.slice(0, at)]: parsed };
}

/** The file's document, or `-` for standard input; what cannot be read or parsed says why. */
async function documentIn(file: string): Promise<DocumentNode> {
  let text: string;
  try {
    text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as Error).message}`, EXIT.usage);
  }
  try {
    return parse(text);
  } catch (error) {
    const reason = error instanceof GraphQLError ? error.message : String(error);
    throw new CliError(`${file} is not a GraphQL document: ${reason}`, EXIT.userError);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Adds `samverkan query <file>`: any document of the user's own, its data printed as JSON. */
export function addQueryCommand(program: Command, client: () => ClientOptions): void {
  const command = program
    .command('query')
    .description('Send a GraphQL document of your own and print its data as JSON.')
    .argument('<file>', 'a .graphql file, or - for standard input')
    .option('--var <name=value>', 'a variable (repeatable); JSON values are read as JSON', variable)
    .action(async (file: string, options: { var?: Record<string, unknown> }) => {
      const document = await documentIn(file);
      const data = await request(client(), document, options.var ?? {});
      process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
    });
  examples(command, 'samverkan query actors.graphql --var first=10 --var search=läns');
}
