import { describe, expect, it } from "vitest";
import { appErrorFromUnknown } from "../src/errors";

/** A database error the way Prisma throws it: a message and a P-code. */
const prismaError = (code: string, message: string) => Object.assign(new Error(message), { code, clientVersion: "6.19.3" });

describe("database errors become clear answers", () => {
  it("a burst that finds no free connection in time is 'busy, try again', not an internal error", () => {
    const e = appErrorFromUnknown(prismaError("P2028", "Transaction API error: Unable to start a transaction in the given time."));
    expect(e.code).toBe("TOO_MANY_REQUESTS");
    expect(e.messages).toEqual({ zh: "系统繁忙，请稍后重试", en: "The system is busy, please try again shortly" });
  });

  it("a duplicate is a conflict naming the field; anything unknown stays internal and says nothing more", () => {
    const dup = appErrorFromUnknown(Object.assign(prismaError("P2002", "Unique constraint failed"), { meta: { target: ["creditCode"] } }));
    expect(dup.code).toBe("CONFLICT");
    expect(dup.fields.map((f) => f.path)).toEqual(["creditCode"]);
    const other = appErrorFromUnknown(new Error("connection reset by peer at 10.0.0.3"));
    expect(other.code).toBe("INTERNAL");
    expect(JSON.stringify(other.messages)).not.toContain("10.0.0.3");
  });
});
