/** Where the network's public pages live, and how the directory's filters sit in the query string. */
export const paths = {
  home: "/",
  network: "/network",
  directory: "/nodes",
  node: (id: string) => `/nodes/${encodeURIComponent(id)}`,
  /** Site pages of other features the home page links to (the app serves them). */
  search: (q: string) => `/search?q=${encodeURIComponent(q)}`,
  services: "/services",
  newAppeal: "/my/appeals/new",
};

export type TDirectoryParams = { q?: string; town?: string; kind?: string; category?: string; page?: number };

export function directoryHref(params: TDirectoryParams = {}): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "" && !(k === "page" && v === 1)) search.set(k, String(v));
  const s = search.toString();
  return s ? `${paths.directory}?${s}` : paths.directory;
}
