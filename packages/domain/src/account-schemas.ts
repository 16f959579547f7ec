import { z } from "zod";
import { labelled } from "./validation";

/**
 * Input schemas of the account procedures, here so that the sign-in forms validate on the
 * client with the schema the server parses (auth.login in trpc-core).
 */
export const ZLoginInput = z.object({
  username: labelled(z.string().trim().min(1).max(64), "用户名", "Username"),
  password: labelled(z.string().min(1).max(128), "密码", "Password"),
});
export type TLoginInput = z.input<typeof ZLoginInput>;
