/**
 * The carrier kit's public pages (`@qifu/carrier-kit/public`): the list and detail page frame
 * of a service carrier, its cards and fact lines, and its two routes. A carrier supplies its
 * procedures, texts, the content of a card and of its page.
 */
export * from "./carrier-pages";
export * from "./routes";
