/**
 * Trees of the service network are data (1+12+N in Huadu, 1+21+10 in Sichuan). These
 * helpers work on any parent map, so the same code checks and walks both.
 */
export type TParentOf = (id: string) => string | null | undefined;

/** True when making `parentId` the parent of `id` would close a loop. */
export function wouldCreateCycle(id: string, parentId: string | null | undefined, parentOf: TParentOf): boolean {
  let cursor = parentId ?? null;
  const seen = new Set<string>();
  while (cursor) {
    if (cursor === id) return true;
    if (seen.has(cursor)) return true; // an existing loop: refuse to extend it
    seen.add(cursor);
    cursor = parentOf(cursor) ?? null;
  }
  return false;
}

export type TTreeItem = { id: string; parentId: string | null };
export type TTreeNode<T> = T & { children: TTreeNode<T>[]; depth: number };

/** Build a forest from a flat list; items whose parent is missing become roots. */
export function buildTree<T extends TTreeItem>(items: T[]): TTreeNode<T>[] {
  const byId = new Map<string, TTreeNode<T>>();
  for (const item of items) byId.set(item.id, { ...item, children: [], depth: 0 });
  const roots: TTreeNode<T>[] = [];
  for (const node of byId.values()) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const setDepth = (n: TTreeNode<T>, d: number) => {
    n.depth = d;
    n.children.forEach((c) => setDepth(c, d + 1));
  };
  roots.forEach((r) => setDepth(r, 0));
  return roots;
}
