import type { Bundle, ZObject } from 'zapier-platform-core';

/**
 * Why: for any error without `doNotContextify`, zapier-platform-core appends "What happened: Executing … with bundle
 * {…}" (and, at Zapier, the step's console logs) to the message. That bundle leaves out `authData` only, so
 * `inputData`/`inputDataRaw` go out in clear: the endpoint token of *Send Data to Endpoint*, and the API key itself
 * in the connection test (Zapier passes the auth fields as input there too). The app's own messages already say
 * what failed and which request; Zapier's HTTP logs keep the request trail, with secrets censored.
 */
function withoutContext(error: unknown): unknown {
  if (error instanceof Error) {
    (error as Error & { doNotContextify?: boolean }).doNotContextify = true;
    return error;
  }
  const wrapped = new Error(String(error)) as Error & { doNotContextify?: boolean };
  wrapped.doNotContextify = true;
  return wrapped;
}

type ZapierFunction = (z: ZObject, bundle: Bundle) => unknown;

function guard<F extends ZapierFunction>(fn: F): F {
  const guarded = async (z: ZObject, bundle: Bundle) => {
    try {
      return await fn(z, bundle);
    } catch (error) {
      throw withoutContext(error);
    }
  };
  return guarded as unknown as F;
}

function guardAll<T>(value: T): T {
  if (typeof value === 'function') return guard(value as unknown as ZapierFunction) as unknown as T;
  if (Array.isArray(value)) return value.map((item: unknown) => guardAll(item)) as unknown as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, guardAll(item)])) as T;
  }
  return value;
}

/**
 * The app with every function Zapier calls (performs, hooks, dynamic fields, the connection test and label) made to
 * throw its errors without core's bundle dump. One place for every operation, present and future.
 */
export function keepBundleOutOfErrors<
  App extends { authentication: object; triggers: object; creates: object; searches: object },
>(app: App): App {
  return {
    ...app,
    authentication: guardAll(app.authentication),
    triggers: guardAll(app.triggers),
    creates: guardAll(app.creates),
    searches: guardAll(app.searches),
  };
}
