import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AppError, type TAppErrorBody } from "@qifu/domain";
import { MAX_FILE_BYTES, readFileFor, saveUpload, type TContext } from "@qifu/trpc-core";
import { httpErrorBody } from "./operations";

const bodyOf = (e: AppError): TAppErrorBody => ({ code: e.code, message: e.messages, fields: e.fields });

type TContextOf = (req: FastifyRequest, res: FastifyReply) => Promise<TContext>;

/**
 * Uploads and downloads (DESIGN.md §6 "Files"). An upload is the raw bytes
 * (`Content-Type: application/octet-stream`, name in `x-file-name`, URI-encoded); it returns
 * the file's id, which a form then sends with its record and the feature attaches.
 */
export async function registerFileRoutes(app: FastifyInstance, contextOf: TContextOf) {
  await app.register(async (scope) => {
    scope.addContentTypeParser("application/octet-stream", { parseAs: "buffer", bodyLimit: MAX_FILE_BYTES + 1 }, (_req, body, done) =>
      done(null, body),
    );

    scope.post("/files", { bodyLimit: MAX_FILE_BYTES + 1 }, async (req, reply) => {
      const ctx = await contextOf(req, reply);
      if (!ctx.user) return reply.code(401).send(httpErrorBody(401, bodyOf(AppError.unauthenticated())));
      if (!Buffer.isBuffer(req.body))
        return reply.code(415).send(
          httpErrorBody(415, {
            code: "VALIDATION",
            message: { zh: "请以文件方式上传", en: "Send the file as application/octet-stream" },
            fields: [],
          }),
        );
      let name = "";
      try {
        name = decodeURIComponent(String(req.headers["x-file-name"] ?? ""));
      } catch {
        name = "";
      }
      try {
        return await saveUpload(ctx.prisma, ctx.user, name, req.body);
      } catch (error) {
        if (error instanceof AppError) {
          const status = error.code === "TOO_MANY_REQUESTS" ? 429 : 400;
          return reply.code(status).send(httpErrorBody(status, bodyOf(error)));
        }
        throw error;
      }
    });

    scope.get<{ Params: { id: string } }>("/files/:id", async (req, reply) => {
      const ctx = await contextOf(req, reply);
      const file = await readFileFor(ctx, req.params.id);
      if (!file)
        return reply
          .code(404)
          .send(httpErrorBody(404, { code: "NOT_FOUND", message: { zh: "文件不存在或无权查看", en: "File not found" }, fields: [] }));
      return (
        reply
          .header("content-type", file.mime)
          // pictures a page shows open in place; everything else downloads
          .header(
            "content-disposition",
            `${file.mime.startsWith("image/") ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(file.name)}`,
          )
          // a public picture may sit in a cache for a while (taking it down stops new readers after that)
          .header("cache-control", file.public ? "public, max-age=300" : "private, no-store")
          .send(file.bytes)
      );
    });
  });
}
