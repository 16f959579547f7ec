/**
 * The carrier kit's server side (`@qifu/carrier-kit/server`): `defineCarrier` and the helpers
 * every service carrier shares (scope, place checks, board figures, the station metric).
 */
export {
  defineCarrier,
  carrierPublicList,
  type TCarrierConfig,
  type TCarrierPublicConfig,
  type TCarrierResource,
  type TCarrierOrder,
  type TCarrierRow,
  type TCarrierStatsKit,
} from "./define-carrier";
export {
  carrierScope,
  carrierStatsScope,
  checkCarrierPlace,
  checkCarrierEnterprise,
  checkCarrierLink,
  assertCarrierTown,
  CARRIER_PLACE_INCLUDE,
  carrierPlaceOf,
  carrierPlaceWhere,
} from "./scope";
export { districtProgress, figuresScope, townsOfScope, countsByTown, countsByEnum, groupCount, activeByYearWhere } from "./figures";
export { operatingStationsWhere, operatingStationsByTown } from "./stations";
