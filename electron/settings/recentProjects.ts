/**
 * The recently-opened list kept in the settings file: newest first, no duplicates, at most
 * MAX_RECENT entries. Pure functions so the rules are testable without a settings file.
 */
import path from 'node:path';

export const MAX_RECENT = 10;

/**
 * What identifies a file by its path: the absolute path, case-folded where the file system ignores
 * case (macOS, Windows by default).
 */
export function pathKey(file: string, platform: NodeJS.Platform = process.platform): string {
  const abs = path.resolve(file);
  return platform === 'linux' ? abs : abs.toLowerCase();
}

/** Paths compare case-insensitively on the file systems that are (macOS, Windows by default). */
export function samePath(a: string, b: string, platform: NodeJS.Platform = process.platform): boolean {
  return pathKey(a, platform) === pathKey(b, platform);
}

export function withRecent(list: readonly string[], file: string, platform = process.platform): string[] {
  const abs = path.resolve(file);
  return [abs, ...list.filter((p) => !samePath(p, abs, platform))].slice(0, MAX_RECENT);
}

export function withoutRecent(list: readonly string[], file: string, platform = process.platform): string[] {
  return list.filter((p) => !samePath(p, file, platform));
}

export function isRecent(list: readonly string[], file: string, platform = process.platform): boolean {
  return list.some((p) => samePath(p, file, platform));
}
