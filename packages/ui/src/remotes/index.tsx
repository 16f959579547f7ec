import { Component, useEffect, useState, type ComponentType, type ErrorInfo, type ReactNode } from "react";
import { loadRemote, registerRemotes } from "@module-federation/runtime";
import Alert from "@mui/material/Alert";
import AlertTitle from "@mui/material/AlertTitle";
import { ErrorState } from "../components/error-state";
import { useUiLang, type TUiLang } from "../ui-text";
import { REMOTE_ENTRY, remoteBase, remoteName, type TShellApp } from "./names";

export { REMOTE_ENTRY, remoteBase, remoteName, type TShellApp } from "./names";

/** A feature whose remote did not load: a 404, a network error, or a module that threw. */
export type TMissingFeature = { name: string; reason: string; label?: { zh: string; en: string } };
/** What a shell gets back: the features that loaded, the ones that did not, and every feature's display name. */
export type TLoadedFeatures<T> = { features: T[]; missing: TMissingFeature[]; labels: Record<string, { zh: string; en: string }> };

const LOAD_TIMEOUT_MS = 20_000;

const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

function withTimeout<T>(promise: Promise<T>, ms: number, name: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name}: no answer in ${ms / 1000} s`)), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (err) => (clearTimeout(timer), reject(err)),
    );
  });
}

/**
 * Load each named feature's remote for this shell (Module Federation, at runtime) and take
 * its `exportName` object (`adminFeature`, `boardFeature`). Every feature is loaded on its own:
 * one that fails is reported in `missing` and the others still come back, in `names` order.
 */
export async function loadFeatureRemotes<T extends { name: string }>(
  app: TShellApp,
  names: readonly string[],
  exportName: string,
): Promise<TLoadedFeatures<T>> {
  registerRemotes(
    names.map((name) => ({ name: remoteName(name, app), entry: `${remoteBase(name, app)}${REMOTE_ENTRY}`, type: "module" })),
    { force: true },
  );
  const labelsLoading = featureLabels(app);
  const settled = await Promise.allSettled(
    names.map(async (name) => {
      const mod = await withTimeout(loadRemote<Record<string, unknown>>(`${remoteName(name, app)}/${app}`), LOAD_TIMEOUT_MS, name);
      const feature = mod?.[exportName] as T | undefined;
      if (!feature || typeof feature !== "object") throw new Error(`${name}: the remote has no "${exportName}" export`);
      return feature;
    }),
  );
  const features: T[] = [];
  const missing: TMissingFeature[] = [];
  const labels = await labelsLoading;
  settled.forEach((result, i) => {
    if (result.status === "fulfilled") features.push(result.value);
    else {
      missing.push({ name: names[i]!, reason: reasonOf(result.reason), label: labels[names[i]!] });
      console.error(`[qifu] feature "${names[i]}" could not be loaded`, result.reason);
    }
  });
  return { features, missing, labels };
}

/** The features' display names the server lists (apps/api/src/server.ts); none if that fails too. */
async function featureLabels(app: TShellApp): Promise<Record<string, { zh: string; en: string }>> {
  try {
    const res = await withTimeout(fetch(`/${app}/remotes/index.json`), 5_000, "index.json");
    return res.ok ? await res.json() : {};
  } catch {
    return {};
  }
}

/** `loadFeatureRemotes` as a hook: `null` while loading. */
export function useFeatureRemotes<T extends { name: string }>(
  app: TShellApp,
  names: readonly string[],
  exportName: string,
): TLoadedFeatures<T> | null {
  const [loaded, setLoaded] = useState<TLoadedFeatures<T> | null>(null);
  useEffect(() => {
    let live = true;
    void loadFeatureRemotes<T>(app, names, exportName).then((result) => live && setLoaded(result));
    return () => {
      live = false;
    };
  }, [app, names, exportName]);
  return loaded;
}

const TEXT: Record<TUiLang, { title: string; body: (names: string) => string; crashed: (name: string) => string }> = {
  zh: {
    title: "部分功能模块未能加载",
    body: (names) => `以下功能模块暂时无法使用：${names}。其他功能不受影响；请稍后刷新页面，或联系系统管理员。`,
    crashed: (name) => `功能模块「${name}」运行出错，其他功能不受影响。`,
  },
  en: {
    title: "Some feature modules did not load",
    body: (names) =>
      `These feature modules are unavailable for now: ${names}. Everything else works as usual; refresh later or contact the administrator.`,
    crashed: (name) => `The "${name}" feature module failed; everything else works as usual.`,
  },
};

/** The shell's notice naming the features whose remote did not load; nothing when all loaded. */
export function MissingFeaturesNotice({ missing }: { missing: readonly TMissingFeature[] }) {
  const lang = useUiLang();
  const text = TEXT[lang];
  if (!missing.length) return null;
  return (
    <Alert severity="warning" data-testid="missing-features" sx={{ mb: 2 }}>
      <AlertTitle>{text.title}</AlertTitle>
      {text.body(missing.map((m) => m.label?.[lang] ?? m.name).join(lang === "zh" ? "、" : ", "))}
    </Alert>
  );
}

function FeatureCrash({ feature }: { feature: string }) {
  const text = TEXT[useUiLang()];
  return <ErrorState message={text.crashed(feature)} onRetry={() => window.location.reload()} />;
}

/** Catches a render error inside one feature's screens, so the rest of the shell keeps working. */
export class FeatureBoundary extends Component<{ feature: string; children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`[qifu] feature "${this.props.feature}" failed to render`, error, info.componentStack);
  }
  override render() {
    return this.state.error ? <FeatureCrash feature={this.props.feature} /> : this.props.children;
  }
}

/** A feature's screen wrapped in its FeatureBoundary (same props). */
export function withFeatureBoundary<P extends object>(feature: string, Screen: ComponentType<P>): ComponentType<P> {
  function Bounded(props: P) {
    return (
      <FeatureBoundary feature={feature}>
        <Screen {...props} />
      </FeatureBoundary>
    );
  }
  Bounded.displayName = `Feature(${feature})`;
  return Bounded;
}
