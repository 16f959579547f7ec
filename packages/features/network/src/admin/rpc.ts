import { useEffect, useState } from "react";
import { useDataProvider, useLocaleState } from "react-admin";

/**
 * The admin console's data provider can also call any tRPC procedure by path, for what the
 * resource contract does not cover (stats, metric lists). Same error mapping as the CRUD calls.
 */
export type TRpcDataProvider = {
  rpcQuery: <T>(path: string, input?: unknown) => Promise<T>;
};

export type TRpcState<T> = { data: T | undefined; error: Error | null; isPending: boolean; refetch: () => void };

/** Run a query procedure; re-runs when the input or the language changes (error messages are localised). */
export function useRpcQuery<T>(path: string, input?: unknown, options: { enabled?: boolean } = {}): TRpcState<T> {
  const dataProvider = useDataProvider() as unknown as TRpcDataProvider;
  const [locale] = useLocaleState();
  const [state, setState] = useState<{ data: T | undefined; error: Error | null; isPending: boolean }>({ data: undefined, error: null, isPending: true });
  const [tick, setTick] = useState(0);
  const key = JSON.stringify(input ?? null);
  const enabled = options.enabled ?? true;

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    setState((s) => ({ ...s, isPending: true, error: null }));
    dataProvider.rpcQuery<T>(path, input).then(
      (data) => live && setState({ data, error: null, isPending: false }),
      (error: Error) => live && setState({ data: undefined, error, isPending: false }),
    );
    return () => {
      live = false;
    };
    // `key` stands for `input`
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dataProvider, path, key, tick, enabled, locale]);

  return { ...state, refetch: () => setTick((t) => t + 1) };
}
