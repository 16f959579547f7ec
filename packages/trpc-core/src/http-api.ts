import type { z } from "zod";
import type { TLabel } from "@qifu/domain";
import type { TXmlNames } from "./xml";

/**
 * A feature's HTTP endpoints outside tRPC (Open311), described once, in zod: the plugin
 * registers its routes from this table and the OpenAPI document (`openApiDocument`) reads it.
 * Every field of the zod objects carries its description ("中文 / English").
 */
export type THttpOperation<Id extends string = string> = {
  /** names the handler */
  id: Id;
  method: "GET" | "POST";
  /** under the feature's prefix, without the format suffix; `{name}` is a path parameter (`/requests/{service_request_id}`) */
  path: string;
  summary: TLabel;
  description?: TLabel;
  pathParams?: z.ZodObject;
  /** query parameters of a GET */
  query?: z.ZodObject;
  /** the form fields of a POST (application/x-www-form-urlencoded, or the same keys as JSON) */
  form?: z.ZodObject;
  /** whether the API key is required (true), optional and widening what is seen ("optional"), or not asked (absent) */
  apiKey?: true | "optional";
  status: number;
  response: z.ZodType;
  /** the elements of the XML answer */
  xml: TXmlNames;
};

export type THttpApi<Id extends string = string> = {
  title: TLabel;
  description: TLabel;
  /** every path is served with each suffix: `.xml` (text/xml) and/or `.json` (application/json) */
  formats: readonly ("xml" | "json")[];
  /** how a caller presents its key: a header, else a query or form field */
  apiKey: { header: string; field: string; description: TLabel };
  operations: readonly THttpOperation<Id>[];
  error: { status: readonly number[]; schema: z.ZodType; xml: TXmlNames };
};

export const MEDIA_TYPES = { xml: "text/xml; charset=utf-8", json: "application/json; charset=utf-8" } as const;
