/**
 * Stage 7: the body of an operation that takes one, counted while read (413 GEN_413 past `limits.maxBodyBytes`, even
 * chunked without Content-Length). Other operations leave any body unread: the spec documents 413/415 only where
 * there is a request body (the node:http adapter closes such a connection after answering).
 */
import { readBodyWithin } from '../body-reader';
import { errorResponse } from '../errors';
import type { Stage } from './exchange';

/** Stateless when not streaming, so one serves every request. */
const UTF8 = new TextDecoder();

export const readBody: Stage = async (exchange, next) => {
  if (!exchange.resolved().operation.requestSchema) return next();
  const { maxBodyBytes } = exchange.runtime.limits;
  const read = await readBodyWithin(exchange.request, maxBodyBytes);
  if (!read.ok) return errorResponse('GEN_413', `Request body is larger than ${maxBodyBytes} bytes.`);
  exchange.bodyText = read.bytes.byteLength === 0 ? '' : UTF8.decode(read.bytes);
  return next();
};
