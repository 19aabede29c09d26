/**
 * Why: Zapier flattens an object output such as `body: { order: "10042" }` into `body__order`, so `body` itself maps
 * to nothing and a later step cannot take the whole document. `body_json` carries it as JSON text beside the object
 * (whose keys stay mappable one by one).
 */
export function withBodyJson<T extends { body?: unknown }>(item: T): T & { body_json: string | null } {
  return { ...item, body_json: item.body === undefined || item.body === null ? null : JSON.stringify(item.body) };
}
