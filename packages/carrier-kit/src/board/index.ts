/**
 * The carrier kit's board pieces (`@qifu/carrier-kit/board`): the stats hook, count tile, target
 * progress, by-town and by-status charts, the home section and the page frame of a carrier.
 */
export * from "./carrier-widgets";
