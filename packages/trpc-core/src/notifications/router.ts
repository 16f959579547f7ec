import { z } from "zod";
import { ZPagination } from "../resource";
import { procedure, router } from "../trpc";

const ZLabelOut = z.object({ zh: z.string(), en: z.string() });
export const ZNotification = z.object({
  id: z.string(),
  kind: z.string(),
  title: ZLabelOut,
  body: ZLabelOut,
  link: z.string().nullable(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TNotification = z.infer<typeof ZNotification>;

const ZIds = z.object({ ids: z.array(z.string().min(1).max(64)).min(1).max(200) });

/** The caller's own inbox. Every query is narrowed to `userId = caller`: nobody reads another's. */
export const notificationsRouter = router({
  list: procedure("authenticated", { description: "My inbox, newest first" })
    .input(z.object({ pagination: ZPagination.default({ page: 1, perPage: 20 }), unreadOnly: z.boolean().optional() }))
    .output(z.object({ data: z.array(ZNotification), total: z.number().int(), unread: z.number().int() }))
    .query(async ({ ctx, input }) => {
      const userId = ctx.user!.id;
      const where = { userId, ...(input.unreadOnly ? { readAt: null } : {}) };
      const { page, perPage } = input.pagination;
      const [rows, total, unread] = await Promise.all([
        ctx.db.notification.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "asc" }], skip: (page - 1) * perPage, take: perPage }),
        ctx.db.notification.count({ where }),
        ctx.db.notification.count({ where: { userId, readAt: null } }),
      ]);
      return {
        data: rows.map((n) => ({
          id: n.id,
          kind: n.kind,
          title: { zh: n.titleZh, en: n.titleEn },
          body: { zh: n.bodyZh, en: n.bodyEn },
          link: n.link,
          readAt: n.readAt?.toISOString() ?? null,
          createdAt: n.createdAt.toISOString(),
        })),
        total,
        unread,
      };
    }),

  unreadCount: procedure("authenticated", { description: "How many of my notifications are unread" })
    .output(z.object({ count: z.number().int() }))
    .query(async ({ ctx }) => ({ count: await ctx.db.notification.count({ where: { userId: ctx.user!.id, readAt: null } }) })),

  /** Ids that are not the caller's are ignored (counted out), never touched. */
  markRead: procedure("authenticated", { description: "Mark some of my notifications read" })
    .input(ZIds)
    .output(z.object({ count: z.number().int() }))
    .mutation(async ({ ctx, input }) =>
      ctx.db.notification.updateMany({ where: { id: { in: input.ids }, userId: ctx.user!.id, readAt: null }, data: { readAt: ctx.now() } }),
    ),

  markAllRead: procedure("authenticated", { description: "Mark all my notifications read" })
    .output(z.object({ count: z.number().int() }))
    .mutation(async ({ ctx }) =>
      ctx.db.notification.updateMany({ where: { userId: ctx.user!.id, readAt: null }, data: { readAt: ctx.now() } }),
    ),
});
