import crypto from "node:crypto";
import { z } from "zod";
import { AppError, text } from "@qifu/domain";
import { newId } from "@qifu/db";
import { procedure, router } from "@qifu/trpc-core";

const DISTRICT = ["DISTRICT_ADMIN"] as const;
const ZKey = z.object({ id: z.string(), name: z.string(), hint: z.string(), active: z.boolean(), createdAt: z.string() });

/** API keys of the Open311 intake, managed by district admins. The key itself is shown once, on creation. */
export const open311KeysRouter = router({
  list: procedure(DISTRICT, { description: "Open311 API keys (without the secrets)" })
    .output(z.array(ZKey))
    .query(async ({ ctx }) =>
      (await ctx.db.open311Key.findMany({ orderBy: { createdAt: "desc" } })).map((k) => ({
        id: k.id,
        name: k.name,
        hint: k.hint,
        active: k.active,
        createdAt: k.createdAt.toISOString(),
      })),
    ),
  create: procedure(DISTRICT, { description: "Issue an Open311 API key (returned once)" })
    .input(z.strictObject({ name: text("名称（对接系统）", "Name (connected system)", { min: 2, max: 60 }) }))
    .output(ZKey.extend({ key: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const key = `o311_${crypto.randomBytes(24).toString("base64url")}`;
      const row = await ctx.db.open311Key.create({
        data: {
          id: newId(),
          name: input.name,
          keyHash: crypto.createHash("sha256").update(key).digest("hex"),
          hint: key.slice(-4),
          createdAt: ctx.now(),
        },
      });
      return { id: row.id, name: row.name, hint: row.hint, active: row.active, createdAt: row.createdAt.toISOString(), key };
    }),
  revoke: procedure(DISTRICT, { description: "Revoke an Open311 API key" })
    .input(z.object({ id: z.string().min(1).max(64) }))
    .output(z.object({ id: z.string(), active: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const { count } = await ctx.db.open311Key.updateMany({ where: { id: input.id }, data: { active: false } });
      if (!count) throw AppError.notFound({ zh: "密钥", en: "Key" });
      return { id: input.id, active: false };
    }),
});
