/** The catalogue's public addresses. */
export const cataloguePaths = { catalogue: "/services", product: (id: string) => `/services/${encodeURIComponent(id)}` };
