import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import zlib from "node:zlib";
import { PGlite } from "@electric-sql/pglite";
import { defaultDataDir } from "@qifu/db";

/**
 * `qifu backup` / `qifu restore` (GB/T 22239 data backup and recovery).
 * - PostgreSQL (`postgres://…`): pg_dump's custom format, restored with pg_restore.
 * - PGlite (the embedded default, a data folder): PGlite's own data-dir dump (a tarball),
 *   gzipped; restore creates the folder from it. Stop the server first: PGlite is one
 *   process's database and its folder must not be copied while it is open.
 */
export type TTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dir: string };

export function targetOf(url: string | undefined): TTarget {
  if (url && /^postgres(ql)?:\/\//.test(url)) return { kind: "postgres", url };
  if (url?.startsWith("memory://")) throw new Error("an in-memory database cannot be backed up");
  const dir = !url || url === "pglite://" ? defaultDataDir() : url.replace(/^(pglite|file):\/\//, "");
  return { kind: "pglite", dir: path.resolve(dir) };
}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "inherit", "pipe"] });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited with ${code}: ${err.trim()}`))));
  });
}

export async function backup(target: TTarget, file: string): Promise<{ bytes: number }> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (target.kind === "postgres") {
    await run("pg_dump", ["--format=custom", "--no-owner", "--file", file, target.url]);
  } else {
    if (!fs.existsSync(path.join(target.dir, "PG_VERSION"))) throw new Error(`no PGlite database in ${target.dir}`);
    const db = new PGlite(target.dir);
    await db.waitReady; // dumpDataDir before the database is up never returns
    try {
      // PGlite's own gzip option hangs under Node 20 here: take the plain tar, gzip it with zlib
      const dump = await db.dumpDataDir("none");
      fs.writeFileSync(file, zlib.gzipSync(Buffer.from(await dump.arrayBuffer())));
    } finally {
      await db.close();
    }
  }
  return { bytes: fs.statSync(file).size };
}

/** Restore into an empty target: a new PostgreSQL database, or a PGlite folder that does not exist yet. */
export async function restore(target: TTarget, file: string): Promise<void> {
  if (!fs.existsSync(file)) throw new Error(`no backup file ${file}`);
  if (target.kind === "postgres") {
    // --single-transaction: a restore that fails half way leaves nothing behind
    await run("pg_restore", ["--no-owner", "--exit-on-error", "--single-transaction", "--dbname", target.url, file]);
    return;
  }
  if (fs.existsSync(target.dir) && fs.readdirSync(target.dir).length) throw new Error(`${target.dir} is not empty: move it away first`);
  const db = new PGlite(target.dir, { loadDataDir: new Blob([zlib.gunzipSync(fs.readFileSync(file))]) });
  await db.waitReady;
  await db.close();
}
