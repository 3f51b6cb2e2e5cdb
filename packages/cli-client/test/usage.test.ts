import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { run, type Run } from './harness';

/**
 * What the CLI answers without asking the API: help, usage errors, completion scripts. Nothing
 * listens on SAMVERKAN_URL here, so a command that did send a request would fail with exit 4.
 */
const offline = (args: string[]) => run(args, { SAMVERKAN_URL: 'http://127.0.0.1:9/graphql' });

/** The commands a help lists under "Commands:", help itself left out. */
function commandsIn(help: string): string[] {
  const lines = help.split('\n');
  const start = lines.indexOf('Commands:');
  if (start < 0) return [];
  const end = lines.indexOf('', start);
  return lines
    .slice(start + 1, end)
    .filter((line) => /^ {2}\S/.test(line))
    .map((line) => line.trim().split(/\s+/)[0])
    .filter((name) => name !== 'help');
}

/** Every command of the program, as the words that name it, found through the help itself. */
async function everyCommand(path: string[] = []): Promise<string[][]> {
  const { stdout } = await offline([...path, '--help']);
  const below = await Promise.all(commandsIn(stdout).map((name) => everyCommand([...path, name])));
  return [path, ...below.flat()];
}

describe('samverkan --help', () => {
  it('ends every command’s help with examples of its use', async () => {
    const commands = await everyCommand();
    expect(commands.map((path) => path.join(' '))).toEqual(
      expect.arrayContaining([
        '',
        'search',
        'actors list',
        'actors show',
        'people list',
        'people show',
        'forums list',
        'forums show',
        'strategies list',
        'strategies show',
        'responsibilities list',
        'responsibilities show',
        'areas list',
        'areas show',
        'raci',
        'history',
        'changes',
        'completion',
      ]),
    );
    for (const path of commands) {
      const { code, stdout } = await offline([...path, '--help']);
      expect([path.join(' '), code]).toEqual([path.join(' '), 0]);
      expect(stdout).toMatch(/\nExamples?:\n( {2}.*samverkan .*\n)+$/);
    }
  });
});

describe('usage errors exit 2 and say what is wrong', () => {
  const usage = async (args: string[], message: string) => {
    const result: Run = await offline(args);
    expect([args.join(' '), result.code, result.stdout]).toEqual([args.join(' '), 2, '']);
    expect(result.stderr).toContain(message);
  };

  it('refuses unknown options and values not allowed, naming those allowed', async () => {
    await usage(['forums', 'list', '--nope'], "error: unknown option '--nope'");
    await usage(['people', 'list', '--sector', 'PUBLIC'], "unknown option '--sector'");
    await usage(['forums', 'list', '--nope'], '(add --help for usage)');
    await usage(
      ['areas', 'list', '--kind', 'REGION'],
      'Allowed choices are COUNTRY, NUTS1, NUTS2, COUNTY, MUNICIPALITY',
    );
    await usage(
      ['changes', '--since', '2025-01-01', '--type', 'NOPE'],
      'Allowed choices are ACTOR',
    );
    await usage(['completion', 'fish'], 'Allowed choices are bash, zsh');
  });

  it('refuses numbers, days and moments that are not', async () => {
    await usage(['actors', 'list', '--first', '0'], 'It must be a whole number of at least 1.');
    await usage(['search', 'läns', '--first', '51'], 'It must be at most 50.');
    await usage(['actors', 'list', '--all', '--first', '3'], 'cannot be used with');
    await usage(['actors', 'show', 'almi', '--as-of', '2025-02-30'], 'YYYY-MM-DD, e.g. 2025-01-31');
    await usage(['raci', 'rus', '--known-at', 'yesterday'], 'ISO 8601, e.g. 2025-01-31');
    await usage(['changes', '--since', 'soon'], 'ISO 8601');
  });

  it('asks for what a command needs', async () => {
    await usage(['changes'], "required option '--since <moment>' not specified");
    await usage(['actors', 'show'], "missing required argument 'slug-or-id'");
    await usage(
      ['responsibilities', 'list'],
      'say whose responsibilities to list with one of --actor',
    );
    await usage(
      ['responsibilities', 'list', '--actor', 'almi', '--forum', 'lanspartnerskapet'],
      'e.g. samverkan responsibilities list --actor region-jamtland-harjedalen',
    );
  });
});

/** Runs `script` in `shell` and returns what it printed. */
function shell(command: string, script: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, ['-c', script], (error, stdout, stderr) =>
      error ? reject(new Error(`${command} failed: ${stderr}`)) : resolve(stdout),
    );
  });
}

describe('samverkan completion', () => {
  /** The completions of the last word of each line, one line of candidates each. */
  const cases: [words: string[], expected: string][] = [
    [['samverkan', 'ac'], 'actors'],
    [['samverkan', 'actors', ''], 'list show --help'],
    [['samverkan', 'actors', 'list', '--se'], '--search --sector'],
    [['samverkan', 'actors', 'list', '--sector', ''], 'PUBLIC BUSINESS ACADEMIA CIVIL_SOCIETY'],
    [['samverkan', '--url', 'http://x', 'forums', 'list', '--kind', 'PA'], 'PARTNERSHIP'],
    [['samverkan', 'changes', '--type', 'RESP'], 'RESPONSIBILITY'],
    [['samverkan', 'completion', ''], 'bash zsh --help'],
  ];

  it('completes commands, options and their values in bash', async () => {
    const { stdout, code } = await offline(['completion', 'bash']);
    expect(code).toBe(0);
    const calls = cases.map(([words]) => {
      const quoted = words.map((word) => `'${word}'`).join(' ');
      return `COMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}; _samverkan; echo "\${COMPREPLY[*]}"`;
    });
    const printed = await shell('bash', `${stdout}\n${calls.join('\n')}`);
    expect(printed.trimEnd().split('\n')).toEqual(cases.map(([, expected]) => expected));
    // It registers itself for the command.
    expect(await shell('bash', `${stdout}\ncomplete -p samverkan`)).toContain('-F _samverkan');
  });

  const zsh = existsSync('/usr/bin/zsh') ? it : it.skip;
  if (!existsSync('/usr/bin/zsh'))
    console.warn('zsh is not installed: its completion is not tested');

  zsh('completes commands, options and their values in zsh', async () => {
    const { stdout, code } = await offline(['completion', 'zsh']);
    expect(code).toBe(0);
    // Outside an interactive shell, compdef and compadd are stand-ins that print what they get;
    // like the real compadd, this one keeps the candidates that begin with the word typed.
    const calls = cases.map(([words]) => {
      const quoted = words.map((word) => `'${word}'`).join(' ');
      return `words=(${quoted}); CURRENT=${words.length}; PREFIX='${words.at(-1)}'; _samverkan`;
    });
    const printed = await shell(
      'zsh',
      [
        'typeset -a registered',
        'compdef() { registered+=("$*"); }',
        'compadd() { shift; print -r -- ${(M)@:#${~PREFIX}*}; }',
        stdout,
        ...calls,
        'print -r -- "$registered"',
      ].join('\n'),
    );
    expect(printed.trimEnd().split('\n')).toEqual([
      ...cases.map(([, expected]) => expected),
      '_samverkan samverkan',
    ]);
  });
});
