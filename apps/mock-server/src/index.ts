/**
 * `@connect-tokens/mock-server`: a stateful emulator of the connect-tokens platform API, written as MSW handlers.
 * Use it in-process with `setupServer(...createMockPlatform().handlers)`, or over HTTP with the `connect-tokens-mock`
 * CLI / {@link startMockServer}.
 *
 * @packageDocumentation
 */
export { createMockPlatform, CORE_ROUTES, type MockPlatform, type MockPlatformOptions } from './create-mock-platform';
export { createClock, type Clock, type ClockInit } from './clock';
export { createRandom, type Random } from './random';
export { CLIENT_IP_HEADER, DEFAULT_CLIENT_IP } from './http/client-ip';
export { MAX_BODY_BYTES } from './http/request-limits';
export { DEFAULT_MAX_JSON_DEPTH } from './http/json-body';
export { canonicalPath } from './http/canonical-path';
export { MAX_ACL_RANGES } from './handlers/integrations-settings';
export { ApiError, errorResponse, jsonResponse, noContent } from './http/errors';
export { listResponse, type RecordList } from './http/list';
export type { FieldReader } from './rql';
export {
  evaluateAccess,
  apiRuleMatches,
  type AccessDecision,
  type AccessAttempt,
  type DecidingRule,
  type RuleKind,
} from './http/access-rules';
export { parseFaultConfig, type FaultConfig, type RouteFaults } from './http/faults';
export type {
  CustomAuthenticator,
  Handler,
  PlatformRuntime,
  RequestContext,
  RequestLogEntry,
  RouteImplementation,
} from './http/context';
export { MockStore } from './store/mock-store';
export type {
  TokenRecord,
  AuditEvent,
  ActorRef,
  TokenAccessRules,
  ApiRule,
  RateLimitRule,
  ModuleRecord,
  ExtensionRecord,
  AclEntry,
} from './store/types';
export { AUTH_FAILURE_LIMIT, AUTH_FAILURE_WINDOW_MS, AUTH_BAN_MS } from './store/guards';
export { MODULES, EXTENSIONS, ACCOUNT } from './store/seed-data';
export { SpecValidator, type ValidationResult } from './spec/validators';
export { loadSpec, createRouter, type SpecModel, type OperationSpec, type RqlRules } from './spec/spec-model';
export { SPEC_TEXT } from './spec/spec-text';
export { startMockServer, type MockServer, type StartMockServerOptions } from './server/node-http-adapter';
export { createSiteHandlers, renderDocsPage } from './server/docs-page';
export {
  webhooksOf,
  WebhookDispatcher,
  RESPONSE_READ_LIMIT,
  type WebhookDeliveryOptions,
  type WebhookDeliveryBody,
} from './webhooks/delivery';
export { signHs256, verifyHs256 } from './webhooks/jwt';
export { WebhookTargetPolicy, type WebhookTargetOptions } from './webhooks/target-policy';
export type { IpMatcher } from './net/ip-matcher';
export { compileTrustProxy, type TrustProxySetting, type ClientIpResolver } from './http/client-ip';
export { ENDPOINT_TOKEN_HEADER } from './handlers/endpoint-data';
