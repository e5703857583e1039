/**
 * Who is writing: the replica id in every change's clock stamp. It is 16 hex digits, the first 8
 * naming the installation (stable: where a change came from) and the last 8 random for each opened
 * project handle (a "session").
 *
 * Why not one id per installation, or one stored in the project file: a stamp must never be issued
 * twice for different changes. An id stored in the file is copied with it, so two colleagues
 * working on copies of one file would share it; an id per installation is shared by two copies of
 * a file on the same machine (a backup, a "Save As"), and a file restored from a backup would
 * reissue stamps its newer self already used. A fresh suffix per session rules all of these out,
 * and nothing is keyed by replica: merging is a union of changes, not "everything after replica
 * R's number n", so the number of sessions does not matter.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isReplicaId } from '../../shared/sync/hlc';

const INSTALLATION_PATTERN = /^[0-9a-f]{8}$/;

/** A stable id for this machine and user, when the app has not stored one (the CLI, tests). */
export function defaultInstallationId(): string {
  let user = '';
  try {
    user = os.userInfo().username;
  } catch {
    user = process.env.USER ?? process.env.USERNAME ?? '';
  }
  return createHash('sha256').update(`${os.hostname()}\0${user}\0${os.homedir()}`).digest('hex').slice(0, 8);
}

/** Any string names an installation; it is reduced to 8 hex digits. */
export function normaliseInstallationId(id: string): string {
  const lower = id.trim().toLowerCase();
  return INSTALLATION_PATTERN.test(lower) ? lower : createHash('sha256').update(id).digest('hex').slice(0, 8);
}

/** The replica id of one session: installation (8 hex) + random (8 hex). */
export function newReplicaId(installationId: string = defaultInstallationId()): string {
  const id = normaliseInstallationId(installationId) + randomBytes(4).toString('hex');
  if (!isReplicaId(id)) throw new Error(`bad replica id ${id}`);
  return id;
}

/**
 * The installation id kept in the app's user-data folder (created on first use), for the shell to
 * pass to openProject. Written to a temporary name and renamed, like the settings file.
 */
export function readOrCreateInstallationId(userDataDir: string): string {
  const file = path.join(userDataDir, 'installation-id');
  try {
    const stored = fs.readFileSync(file, 'utf8').trim();
    if (INSTALLATION_PATTERN.test(stored)) return stored;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const id = randomBytes(4).toString('hex');
  fs.mkdirSync(userDataDir, { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, `${id}\n`);
  fs.renameSync(tmp, file);
  return id;
}
