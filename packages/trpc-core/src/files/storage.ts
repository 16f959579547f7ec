import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { defaultDataDir } from "@qifu/db";

/**
 * Where file bytes live (DESIGN.md §6). Keys are made by the platform (never from user input),
 * so no path a user sends can reach the disk. A deployment plugs in an S3-compatible store
 * by implementing this interface and calling `configureFileStorage` at start.
 */
export interface FileStorage {
  put(bytes: Buffer): Promise<string>;
  get(key: string): Promise<Buffer>;
  delete(key: string): Promise<void>;
}

/** Files on local disk, two levels of hashed folders so no folder grows too large. */
export class LocalDiskStorage implements FileStorage {
  constructor(private readonly root: string) {}

  private pathOf(key: string) {
    if (!/^[a-f0-9]{32}$/.test(key)) throw new Error("invalid storage key");
    return path.join(this.root, key.slice(0, 2), key.slice(2, 4), key);
  }

  async put(bytes: Buffer) {
    const key = crypto.randomBytes(16).toString("hex");
    const file = this.pathOf(key);
    await fs.mkdir(path.dirname(file), { recursive: true });
    // write then rename: a crash never leaves a half file under the final name
    await fs.writeFile(`${file}.part`, bytes);
    await fs.rename(`${file}.part`, file);
    return key;
  }

  get(key: string) {
    return fs.readFile(this.pathOf(key));
  }

  async delete(key: string) {
    await fs.rm(this.pathOf(key), { force: true });
  }
}

let storage: FileStorage | null = null;

/** The storage in use: local disk under `<data dir>/files` unless one was configured. */
export function fileStorage(): FileStorage {
  storage ??= new LocalDiskStorage(path.join(path.dirname(defaultDataDir()), "files"));
  return storage;
}

export function configureFileStorage(next: FileStorage) {
  storage = next;
}
