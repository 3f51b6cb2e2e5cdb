import { readFileSync } from 'node:fs';
import { chmod, mkdir, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/** What `samverkan login` keeps: the API's address and the token to send it. */
export interface StoredLogin {
  url: string;
  token: string;
}

/**
 * Where the login is kept: `$XDG_CONFIG_HOME/samverkan/login.json`, else under `~/.config`
 * (`%APPDATA%` on Windows). The folder is the user's alone (0700), the file too (0600): it
 * holds a secret.
 */
export function loginPath(env: NodeJS.ProcessEnv = process.env): string {
  const base =
    env.XDG_CONFIG_HOME ||
    (process.platform === 'win32' && env.APPDATA) ||
    join(homedir(), '.config');
  return join(base, 'samverkan', 'login.json');
}

/** The kept login, or null when there is none (or it cannot be read as one). */
export function readLogin(path = loginPath()): StoredLogin | null {
  try {
    const stored = JSON.parse(readFileSync(path, 'utf8')) as Partial<StoredLogin>;
    return typeof stored.url === 'string' && typeof stored.token === 'string'
      ? { url: stored.url, token: stored.token }
      : null;
  } catch {
    return null;
  }
}

export async function writeLogin(login: StoredLogin, path = loginPath()): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await writeFile(path, `${JSON.stringify(login, null, 2)}\n`, { mode: 0o600 });
  // A file that existed keeps its mode through writeFile: make sure of it.
  await chmod(path, 0o600);
}

/** Forgets the login; true when there was one. */
export async function removeLogin(path = loginPath()): Promise<boolean> {
  const existed = readLogin(path) !== null;
  await rm(path, { force: true });
  return existed;
}
