import { useEffect, useState } from "react";
import { useGetIdentity, type AccessControlProvider } from "@refinedev/core";
import { me } from "./auth-provider";
import { client } from "./trpc";

/**
 * What the signed-in role may see on the board. Each feature names the procedure its pages read
 * (TBoardFeature.requires); the server answers which of those the caller's role may call
 * (permissions.callable, read off the procedures' own policies), once per account. A menu
 * entry, page, section or tile whose procedure would answer 403 is not shown at all.
 */
let required: string[] = [];
let asked: { account: string; allowed: Promise<Set<string>> } | null = null;

/** Called once the features have loaded: every procedure any of them requires. */
export function setRequiredProcedures(paths: (string | undefined)[]) {
  required = [...new Set(paths.filter((p): p is string => !!p))].sort();
  asked = null;
}

async function allowedProcedures(): Promise<Set<string>> {
  const account = (await me())?.id ?? "";
  if (!asked || asked.account !== account) {
    const allowed = client.permissions.callable.query({ paths: required }).then((paths) => new Set(paths));
    asked = { account, allowed };
    allowed.catch(() => (asked = null)); // a failed call is asked again, not remembered
  }
  return asked.allowed;
}

/** refine's access control: the sider shows a resource only when its `meta.requires` is callable. */
export const accessControlProvider: AccessControlProvider = {
  can: async ({ params }) => {
    const requires = (params?.resource?.meta as { requires?: string } | undefined)?.requires;
    return { can: !requires || (await allowedProcedures()).has(requires) };
  },
};

/** For pages, sections and tiles: `permitted(requires)` is true, false, or undefined while asking. */
export function usePermitted(): (requires: string | undefined) => boolean | undefined {
  const { data: identity } = useGetIdentity<{ id: string }>();
  const account = identity === undefined ? undefined : (identity?.id ?? "");
  const [allowed, setAllowed] = useState<{ account: string; paths: Set<string> }>();
  useEffect(() => {
    if (account === undefined) return;
    let live = true;
    allowedProcedures().then(
      (paths) => live && setAllowed({ account, paths }),
      () => live && setAllowed({ account, paths: new Set() }), // the server unreachable: show nothing it would refuse
    );
    return () => {
      live = false;
    };
  }, [account]);
  const known = allowed && allowed.account === account ? allowed.paths : undefined;
  return (requires) => (!requires ? true : known ? known.has(requires) : undefined);
}
