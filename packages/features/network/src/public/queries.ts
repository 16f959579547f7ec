import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TNodePublic } from "../schemas";
import { useNetworkPublic, type TDirectoryQuery, type TPublicNodeResult } from "./context";

/** Query keys start with the procedure path, so the app can invalidate a whole procedure. */
export function useOverview() {
  const { client } = useNetworkPublic();
  return useQuery({ queryKey: ["network.overview"], queryFn: () => client.network.overview.query(), staleTime: 60_000 });
}

export function useTargetProgress() {
  const { client } = useNetworkPublic();
  return useQuery({
    queryKey: ["targets.progress", { townId: null }],
    queryFn: () => client.targets.progress.query({ townId: null }),
    staleTime: 60_000,
  });
}

export function usePublicTowns() {
  const { client } = useNetworkPublic();
  return useQuery({ queryKey: ["network.publicTowns"], queryFn: () => client.network.publicTowns.query(), staleTime: 5 * 60_000 });
}

export function useDirectory(input: TDirectoryQuery) {
  const { client } = useNetworkPublic();
  return useQuery({
    queryKey: ["network.directory", input],
    queryFn: () => client.network.directory.query(input),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** The 12 town units with their geo points: they place the towns on the schematic map. */
export function useTownUnits() {
  return useDirectory({ kind: "TOWN_UNIT", page: 1, perPage: 60 });
}

export function usePublicNode(id: string) {
  const { client } = useNetworkPublic();
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: ["network.publicNode", { id }],
    queryFn: () => client.network.publicNode.query({ id }),
    retry: false,
    // Coming from the directory, show the card's data at once; parent and children follow.
    placeholderData: (): TPublicNodeResult | undefined => {
      for (const [, page] of queryClient.getQueriesData<{ data: TNodePublic[] }>({ queryKey: ["network.directory"] })) {
        const node = page?.data.find((n) => n.id === id);
        if (node) return { node, parent: null, children: [] };
      }
      return undefined;
    },
  });
}
