import crypto from "node:crypto";
import { promisify } from "node:util";
import { hashQueue } from "./hash-queue";

const scrypt = promisify(crypto.scrypt) as (pw: string, salt: Buffer, len: number, opts: crypto.ScryptOptions) => Promise<Buffer>;
// N=2^15, r=8, p=1: about 30–60 ms on this class of machine, 32 MiB of memory.
const PARAMS = { N: 32768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LENGTH = 32;

/** `scrypt$N$r$p$salt$hash` (base64): the parameters travel with the hash so they can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  return hashQueue.run(() => hashNow(password));
}

async function hashNow(password: string): Promise<string> {
  const salt = crypto.randomBytes(16);
  const key = await scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, PARAMS);
  return ["scrypt", PARAMS.N, PARAMS.r, PARAMS.p, salt.toString("base64"), key.toString("base64")].join("$");
}

/** Compares through the hash queue: never inside a database transaction (it would hold the connection). */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  return hashQueue.run(() => verifyNow(password, stored));
}

async function verifyNow(password: string, stored: string): Promise<boolean> {
  const [algo, n, r, p, saltB64, hashB64] = stored.split("$");
  if (algo !== "scrypt" || !saltB64 || !hashB64) return false;
  const expected = Buffer.from(hashB64, "base64");
  const key = await scrypt(password.normalize("NFKC"), Buffer.from(saltB64, "base64"), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: PARAMS.maxmem,
  });
  return crypto.timingSafeEqual(key, expected);
}

/** A hash of a password nobody has: login compares against it for unknown usernames, so timing does not reveal which exist. */
export const DUMMY_HASH_PROMISE = hashNow(crypto.randomBytes(12).toString("hex"));
