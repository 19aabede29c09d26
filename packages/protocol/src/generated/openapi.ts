/**
 * GENERATED FILE: do not edit. The types openapi-typescript generates from the spec.
 * Source: packages/protocol/openapi.yaml. Regenerate with `npm run generate -w @connect-tokens/protocol`.
 */

export interface paths {
    "/auth/context": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the caller's context
         * @description Who is calling: the account and the user, as on Connect. An API token is a system user on Connect, so `user`
         *     is the token itself (its `SU-…` id and its name). As additions, `token` and `permissions` describe the
         *     calling token and its modules. Any authenticated token may call this operation.
         */
        get: operations["getAuthContext"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tokens
         * @description Lists the account's tokens, newest first unless `ordering(...)` says otherwise. Deleted tokens are never
         *     listed. Secrets are masked.
         */
        get: operations["listTokens"];
        put?: never;
        /**
         * Create a token
         * @description Creates an active token for an extension, optionally with module permissions, access rules and a rate limit
         *     (additions). The response is the only one that holds the full key in `token`: store it now.
         */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/tokens/{pk}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Token id.
                 * @example SU-123-456-789
                 */
                pk: components["parameters"]["TokenPk"];
            };
            cookie?: never;
        };
        /**
         * Get a token
         * @description Returns one token, with its secret masked.
         */
        get: operations["getToken"];
        /**
         * Update a token
         * @description Partial update: only the fields present change. `logo`, `access_rules`, `rate_limit` and
         *     `expiration_date` are additions (Connect ignores them); `access_rules` replaces the whole rule set, and
         *     `null` clears `logo`, `rate_limit` or `expiration_date`. `expiration_date` moves the current key's expiry
         *     without issuing a new key. The `token.updated` audit event lists only the fields whose value changed; a
         *     body that changes nothing records no event.
         */
        put: operations["updateToken"];
        post?: never;
        /**
         * Delete a token
         * @description Deletes the token for good: afterwards its paths answer `404 GEN_404`, lists no longer show it, and its key
         *     is rejected with `401 AUTH_001`, exactly like a key that never existed.
         */
        delete: operations["deleteToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/tokens/{pk}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Token id.
                 * @example SU-123-456-789
                 */
                pk: components["parameters"]["TokenPk"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate a token
         * @description Activates an `inactive` token. Its status then follows its expiration date (`active` or `expiring`).
         *     Any other status is `400 TKN_001`; an `expired` token must be renewed instead.
         */
        post: operations["activateToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/tokens/{pk}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Token id.
                 * @example SU-123-456-789
                 */
                pk: components["parameters"]["TokenPk"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate a token
         * @description Deactivates an `active` or `expiring` token: its key is then rejected with `401 AUTH_003` until it is
         *     activated again. Any other status is `400 TKN_001`.
         */
        post: operations["deactivateToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/tokens/{pk}/renew": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Token id.
                 * @example SU-123-456-789
                 */
                pk: components["parameters"]["TokenPk"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Renew a token
         * @description Renews the token by generating a new secret key and setting a new expiration date (`expiration_date` of the
         *     body; omitted or `null` means no expiration). The previous secret key is still valid until its own
         *     expiration date: the response reports it masked in `renewed_token` and its end of validity in
         *     `renewed_expiration_date`. If the token had no expiration date, the previous secret stops working at once
         *     (there is no unbounded grace period). Allowed from `active`, `expiring` and `expired`; otherwise
         *     `400 TKN_001`. The response holds the full new key in `token`.
         */
        post: operations["renewToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/tokens/{pk}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Token id.
                 * @example SU-123-456-789
                 */
                pk: components["parameters"]["TokenPk"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate a token
         * @description Rotates the token by generating a new secret key and updating the expiration date (`expiration_date` of the
         *     body; omitted or `null` means no expiration). The previous secret stops working at once, and any grace
         *     period left by an earlier renew ends too (`renewed_token` and `renewed_expiration_date` become `null`).
         *     Allowed from `active`, `expiring` and `inactive` (the status does not change); otherwise `400 TKN_001`.
         *     The response holds the full new key in `token`.
         */
        post: operations["rotateToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/tokens/{token_pk}/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Token id.
                 * @example SU-123-456-789
                 */
                token_pk: components["parameters"]["TokenPkPermissions"];
            };
            cookie?: never;
        };
        /**
         * List a token's permissions
         * @description Lists the modules granted to the token, with who granted them and when.
         */
        get: operations["listTokenPermissions"];
        put?: never;
        /**
         * Grant a module to a token
         * @description Grants one module to the token (Connect's `PermissionMerge` body).
         */
        post: operations["grantTokenPermission"];
        /**
         * Revoke all of a token's permissions
         * @description Revokes every module granted to the token (as Connect's `DELETE` on the collection).
         */
        delete: operations["revokeAllTokenPermissions"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/tokens/{token_pk}/permissions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Token id.
                 * @example SU-123-456-789
                 */
                token_pk: components["parameters"]["TokenPkPermissions"];
                /**
                 * @description A permission id (`PM-…`) or the id of the granted module (`MD-…`).
                 * @example MD-0007
                 */
                id: components["parameters"]["PermissionOrModuleId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke one permission
         * @description (Addition.) Revokes one module from the token. `id` is either the permission id (`PM-…`) or the module id
         *     (`MD-…`). A module that is not granted is `400 TKN_002`.
         */
        delete: operations["revokeTokenPermission"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/tokens/{pk}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Token id.
                 * @example SU-123-456-789
                 */
                pk: components["parameters"]["TokenPk"];
            };
            cookie?: never;
        };
        /**
         * List a token's audit events
         * @description (Addition.) The audit events of one token, newest first by default (`ordering(at)` for oldest first).
         *     Includes denied accesses made with the token (`token.access_denied`, with the error code in `reason`).
         */
        get: operations["listTokenAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the account's audit events
         * @description (Addition.) Every audit event of the account (tokens and endpoints), newest first by default. Events of
         *     deleted tokens remain listed.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/tokens/{pk}/check": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Token id.
                 * @example SU-123-456-789
                 */
                pk: components["parameters"]["TokenPk"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a token's access
         * @description (Addition.) Evaluates, without performing it, whether the token may call `method` `path` from `ip` (default:
         *     the caller's IP) right now, and which rule decides. Rules are evaluated in this order, the first failing one
         *     deciding: `status`, `expiration`, `module`, `account_acl`, `ip_blocklist`, `ip_allowlist`, `api_blocklist`,
         *     `api_allowlist`, `rate_limit`; `default` means nothing denied the call. The check consumes nothing (it does
         *     not count against the token's rate limit) and is not audited as an access.
         */
        post: operations["checkTokenPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List modules
         * @description Lists the modules a token can be granted. Any authenticated token may call this operation.
         */
        get: operations["listModules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/{pk}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Module id.
                 * @example MD-0007
                 */
                pk: components["parameters"]["ModulePk"];
            };
            cookie?: never;
        };
        /**
         * Get a module
         * @description Returns one module. Any authenticated token may call this operation.
         */
        get: operations["getModule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List extensions
         * @description Lists the extensions tokens can belong to. Any authenticated token may call this operation.
         */
        get: operations["listExtensions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/extensions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Extension id.
                 * @example EXT-000
                 */
                id: components["parameters"]["ExtensionIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get an extension
         * @description Returns one extension. Any authenticated token may call this operation.
         */
        get: operations["getExtension"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/integrations/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the integrations settings
         * @description The account's integrations settings: the IP access list (`acl.ips`) that applies to every token of the
         *     account. An empty list means no account-level restriction.
         */
        get: operations["getIntegrationsSettings"];
        /**
         * Replace the integrations settings
         * @description (Addition.) Replaces the account's IP access list. Ranges are CIDR, IPv4 or IPv6. An empty `ips` list
         *     removes the account-level restriction. Take care: a list that excludes the caller's own IP locks the caller
         *     out (`403 AUTH_006`).
         */
        put: operations["updateIntegrationsSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhooks
         * @description Lists the account's webhooks. `jwt_secret` is never returned.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Create a webhook
         * @description Creates a webhook (Connect's body). `product_id` is required for Connect's object classes and optional for
         *     the additions `token` and `endpoint_record`. `jwt_secret` is write-only: it signs deliveries and is never
         *     returned.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Webhook id.
                 * @example WH-123-456-789
                 */
                id: components["parameters"]["WebhookIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get a webhook
         * @description Returns one webhook. `jwt_secret` is never returned.
         */
        get: operations["getWebhook"];
        /**
         * Update a webhook
         * @description Updates a webhook. Connect's full body is accepted; as an addition, fields left out keep their value
         *     (omit `jwt_secret` to keep the current secret).
         */
        put: operations["updateWebhook"];
        post?: never;
        /**
         * Delete a webhook
         * @description Deletes the webhook; no further deliveries are made.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/webhooks/{id}/trigger": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Webhook id.
                 * @example WH-123-456-789
                 */
                id: components["parameters"]["WebhookIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trigger a webhook
         * @description Sends a test delivery (type `webhook.test`) to the webhook now, whether or not it is active, and waits for
         *     the answer. As an addition, the response body reports the outcome, which is also stored in `last_success` or
         *     `last_failure`.
         */
        post: operations["triggerWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics/tokens/{id}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Token id.
                 * @example SU-123-456-789
                 */
                id: components["parameters"]["StatisticsTokenId"];
            };
            cookie?: never;
        };
        /**
         * Get a token's request summary
         * @description Retrieve a summary of the token's requests: totals per HTTP status code since tracking started and since the
         *     last reset, and, as an addition, denials per error code.
         */
        get: operations["getTokenStatisticsSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics/tokens/{id}/aggregates": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Token id.
                 * @example SU-123-456-789
                 */
                id: components["parameters"]["StatisticsTokenId"];
            };
            cookie?: never;
        };
        /**
         * Get a token's daily aggregates
         * @description Retrieve the daily aggregate of the token's requests by HTTP status code, in Connect's shape: one object,
         *     for one UTC day. The day is today (UTC) unless the `date` parameter (an addition) names another; a day
         *     without requests has an empty `statuses`.
         */
        get: operations["getTokenStatisticsAggregates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List accounts
         * @description Lists the accounts visible to the caller's account, read-only, guarded by module `MD-0001`
         *     (Account). A minimal view (addition): only `id`, `name`, `status` and `events.created.at` are modeled;
         *     Connect's objects at this path, where it has one, carry more fields.
         */
        get: operations["listAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List agreements
         * @description Lists the agreements visible to the caller's account, read-only, guarded by module `MD-0002`
         *     (Agreements). A minimal view (addition): only `id`, `name`, `status` and `events.created.at` are modeled;
         *     Connect's objects at this path, where it has one, carry more fields.
         */
        get: operations["listAgreements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List products
         * @description Lists the products visible to the caller's account, read-only, guarded by module `MD-0003`
         *     (Catalog). A minimal view (addition): only `id`, `name`, `status` and `events.created.at` are modeled;
         *     Connect's objects at this path, where it has one, carry more fields.
         */
        get: operations["listProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List contracts
         * @description Lists the contracts visible to the caller's account, read-only, guarded by module `MD-0004`
         *     (Contracts). A minimal view (addition): only `id`, `name`, `status` and `events.created.at` are modeled;
         *     Connect's objects at this path, where it has one, carry more fields.
         */
        get: operations["listContracts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tier/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tier (customer) accounts
         * @description Lists the tier (customer) accounts visible to the caller's account, read-only, guarded by module `MD-0005`
         *     (Customers). A minimal view (addition): only `id`, `name`, `status` and `events.created.at` are modeled;
         *     Connect's objects at this path, where it has one, carry more fields.
         */
        get: operations["listTierAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/devops/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List DevOps services
         * @description Lists the DevOps services visible to the caller's account, read-only, guarded by module `MD-0006`
         *     (DevOps). A minimal view (addition): only `id`, `name`, `status` and `events.created.at` are modeled;
         *     Connect's objects at this path, where it has one, carry more fields.
         */
        get: operations["listDevopsServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List forms
         * @description Lists the forms visible to the caller's account, read-only, guarded by module `MD-0008`
         *     (Forms). A minimal view (addition): only `id`, `name`, `status` and `events.created.at` are modeled;
         *     Connect's objects at this path, where it has one, carry more fields.
         */
        get: operations["listForms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/helpdesk/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List helpdesk cases
         * @description Lists the helpdesk cases visible to the caller's account, read-only, guarded by module `MD-0009`
         *     (Helpdesk). A minimal view (addition): only `id`, `name`, `status` and `events.created.at` are modeled;
         *     Connect's objects at this path, where it has one, carry more fields.
         */
        get: operations["listHelpdeskCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/listings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List listings
         * @description Lists the listings visible to the caller's account, read-only, guarded by module `MD-0010`
         *     (Listings). A minimal view (addition): only `id`, `name`, `status` and `events.created.at` are modeled;
         *     Connect's objects at this path, where it has one, carry more fields.
         */
        get: operations["listListings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/marketplaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List marketplaces
         * @description Lists the marketplaces visible to the caller's account, read-only, guarded by module `MD-0011`
         *     (Marketplaces). A minimal view (addition): only `id`, `name`, `status` and `events.created.at` are modeled;
         *     Connect's objects at this path, where it has one, carry more fields.
         */
        get: operations["listMarketplaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reporting/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List reports
         * @description Lists the reports visible to the caller's account, read-only, guarded by module `MD-0012`
         *     (Reports). A minimal view (addition): only `id`, `name`, `status` and `events.created.at` are modeled;
         *     Connect's objects at this path, where it has one, carry more fields.
         */
        get: operations["listReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/assets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List subscription assets
         * @description Lists the subscription assets visible to the caller's account, read-only, guarded by module `MD-0013`
         *     (Subscriptions). A minimal view (addition): only `id`, `name`, `status` and `events.created.at` are modeled;
         *     Connect's objects at this path, where it has one, carry more fields.
         */
        get: operations["listSubscriptionAssets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List endpoints
         * @description (Addition.) Lists the account's endpoints.
         */
        get: operations["listEndpoints"];
        put?: never;
        /**
         * Create an endpoint
         * @description (Addition.) Creates an endpoint. With `authentication: token` the platform generates its primary tokens
         *     (`GET`, `POST`, and `DELETE` if `allow_delete`); this response is the only one that holds their full values,
         *     in `primary_tokens`.
         */
        post: operations["createEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Endpoint id.
                 * @example EP-123-456
                 */
                id: components["parameters"]["EndpointIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get an endpoint
         * @description (Addition.) Returns one endpoint.
         */
        get: operations["getEndpoint"];
        /**
         * Update an endpoint
         * @description (Addition.) Partial update. Switching `authentication` from `none` to `token` generates the primary tokens
         *     (their full values are in `primary_tokens` of this response only); switching to `none` deletes them and their
         *     mappings. Turning `allow_delete` on generates the `DELETE` primary token (full value in this response only);
         *     turning it off deletes that token and its mappings.
         */
        put: operations["updateEndpoint"];
        post?: never;
        /**
         * Delete an endpoint
         * @description (Addition.) Deletes the endpoint with its primary tokens, mappings, records and stored data.
         */
        delete: operations["deleteEndpoint"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/endpoints/{id}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Endpoint id.
                 * @example EP-123-456
                 */
                id: components["parameters"]["EndpointIdPath"];
            };
            cookie?: never;
        };
        /**
         * List an endpoint's primary tokens
         * @description (Addition.) The endpoint's primary tokens, one per method, values masked. Empty when the endpoint's
         *     `authentication` is `none`.
         */
        get: operations["listEndpointPrimaryTokens"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/endpoints/{id}/tokens/{method}/regenerate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Endpoint id.
                 * @example EP-123-456
                 */
                id: components["parameters"]["EndpointIdPath"];
                /**
                 * @description The method of the primary token.
                 * @example POST
                 */
                method: components["parameters"]["EndpointMethodPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Regenerate a primary token
         * @description (Addition.) Gives the endpoint's primary token for `method` a new value; the old value stops working at once.
         *     Mappings of secondary tokens are kept. `404 GEN_404` when the endpoint has no primary token for `method`
         *     (`authentication: none`, or `DELETE` while `allow_delete` is off).
         */
        post: operations["regenerateEndpointPrimaryToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/endpoint-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List secondary endpoint tokens
         * @description (Addition.) Lists the account's secondary endpoint tokens, values masked. Only `active` tokens are listed
         *     unless the query filters on `status` (e.g. `status=inactive`, or `in(status,(active,inactive))` for all).
         */
        get: operations["listEndpointTokens"];
        put?: never;
        /**
         * Create a secondary endpoint token
         * @description (Addition.) Creates an active secondary endpoint token. The response is the only one with the full `value`.
         *     The token can call nothing until it is mapped to an endpoint.
         */
        post: operations["createEndpointToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/endpoint-tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Secondary endpoint token id.
                 * @example EPT-123-456-789
                 */
                id: components["parameters"]["EndpointTokenIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get a secondary endpoint token
         * @description (Addition.) Returns one secondary endpoint token (active or inactive), value masked.
         */
        get: operations["getEndpointToken"];
        /**
         * Update a secondary endpoint token
         * @description (Addition.) Partial update of name, description and status. An `inactive` token is rejected on every
         *     endpoint (`401 EPT_001`) but keeps its mappings.
         */
        put: operations["updateEndpointToken"];
        post?: never;
        /**
         * Delete a secondary endpoint token
         * @description (Addition.) Deletes the token and all its mappings; its value stops working at once.
         */
        delete: operations["deleteEndpointToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/endpoint-tokens/{id}/regenerate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Secondary endpoint token id.
                 * @example EPT-123-456-789
                 */
                id: components["parameters"]["EndpointTokenIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Regenerate a secondary endpoint token
         * @description (Addition.) Gives the token a new value; the old value stops working at once. Status and mappings are kept.
         */
        post: operations["regenerateEndpointToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/endpoints/{id}/mappings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Endpoint id.
                 * @example EP-123-456
                 */
                id: components["parameters"]["EndpointIdPath"];
            };
            cookie?: never;
        };
        /**
         * List an endpoint's mappings
         * @description (Addition.) The secondary tokens mapped to this endpoint, with the method each may call.
         */
        get: operations["listEndpointMappings"];
        put?: never;
        /**
         * Map a secondary token to an endpoint
         * @description (Addition.) Lets a secondary endpoint token call this endpoint with the method of one of its primary tokens.
         *     A token has at most one mapping per endpoint and method (`409 GEN_409` otherwise).
         */
        post: operations["createEndpointMapping"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/endpoints/{id}/mappings/{mapping_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Endpoint id.
                 * @example EP-123-456
                 */
                id: components["parameters"]["EndpointIdPath"];
                /**
                 * @description Mapping id.
                 * @example EPM-123-456-789
                 */
                mapping_id: components["parameters"]["MappingIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Switch a mapping on or off
         * @description (Addition.) Enables or disables one mapping without touching the token or its other mappings.
         */
        put: operations["updateEndpointMapping"];
        post?: never;
        /**
         * Delete a mapping
         * @description (Addition.) Removes the mapping; the secondary token can no longer call this endpoint with that method.
         */
        delete: operations["deleteEndpointMapping"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/endpoints/{id}/records": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Endpoint id.
                 * @example EP-123-456
                 */
                id: components["parameters"]["EndpointIdPath"];
            };
            cookie?: never;
        };
        /**
         * List an endpoint's records (data viewer)
         * @description (Addition.) Every call made to the endpoint's data path, accepted or rejected, newest first by default.
         */
        get: operations["listEndpointRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/endpoints/{id}/data": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Endpoint id.
                 * @example EP-123-456
                 */
                id: components["parameters"]["EndpointIdPath"];
            };
            cookie?: never;
        };
        /**
         * Read an endpoint's data
         * @description (Addition.) Lists the JSON documents stored by `POST`, newest first by default. Needs the endpoint's `GET`
         *     primary token, or a secondary token with an enabled `GET` mapping (none when `authentication` is `none`).
         *     The call is recorded.
         */
        get: operations["getEndpointData"];
        put?: never;
        /**
         * Send data to an endpoint
         * @description (Addition.) Stores one JSON document. Needs the endpoint's `POST` primary token, or a secondary token with
         *     an enabled `POST` mapping (none when `authentication` is `none`). The call is recorded, and webhooks with
         *     `object_class: endpoint_record` are notified.
         */
        post: operations["postEndpointData"];
        /**
         * Delete an endpoint's data
         * @description (Addition.) Deletes every stored document (records are kept). Only while the endpoint's `allow_delete` is
         *     `true` (`405 GEN_405` otherwise); needs the `DELETE` primary token or a secondary token with an enabled
         *     `DELETE` mapping (none when `authentication` is `none`). The call is recorded.
         */
        delete: operations["deleteEndpointData"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    webhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Webhook delivery (sent by the platform)
         * @description What the platform sends to a webhook's `external_url` (method `POST`, `Content-Type: application/json`).
         *
         *     - `object_class: token` webhooks receive the audit events of tokens, endpoints and endpoint tokens
         *       (`token.*`, `endpoint.*`, `endpoint_token.*`); `data` is the `AuditEvent`.
         *     - `object_class: endpoint_record` webhooks receive `endpoint_record.created` for every accepted call of an
         *       endpoint's data path; `data` is the `EndpointRecord`.
         *     - `POST /notifications/webhooks/{id}/trigger` sends `webhook.test`; `data` is a `WebhookTestData`.
         *
         *     A non-empty `events` list on the webhook restricts deliveries to those types. The `Authorization` header
         *     carries `Bearer <jwt>`: an HS256 JWT signed with the webhook's `jwt_secret` (claims `iat`, `exp`,
         *     `webhook_id`, `delivery_id` and `sha256`, the hex SHA-256 of the body). Receivers should verify it and
         *     answer any `2xx` to acknowledge.
         */
        post: operations["receiveWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description The body of every error response, as on Connect. */
        Error: {
            /**
             * @description One of the platform's error codes (see the table in the API description), e.g. `AUTH_005`.
             * @example AUTH_005
             */
            error_code: string;
            /**
             * @description Human-readable messages; validation messages are prefixed with the field (`name: ...`).
             * @example [
             *       "name: must not be empty"
             *     ]
             */
            errors: string[];
        };
        /**
         * @description Token id.
         * @example SU-123-456-789
         */
        TokenId: string;
        /**
         * @description Account id.
         * @example PA-123-456
         */
        AccountId: string;
        /**
         * @description Module id.
         * @example MD-0007
         */
        ModuleId: string;
        /**
         * @description Extension id.
         * @example EXT-000
         */
        ExtensionId: string;
        /**
         * @description Permission id (one module granted to one token).
         * @example PM-123-456-789
         */
        PermissionId: string;
        /**
         * @description Webhook id.
         * @example WH-123-456-789
         */
        WebhookId: string;
        /**
         * @description Audit event id.
         * @example AE-123-456-789
         */
        AuditEventId: string;
        /**
         * @description Endpoint id.
         * @example EP-123-456
         */
        EndpointId: string;
        /**
         * @description Endpoint token id (primary and secondary endpoint tokens share this format).
         * @example EPT-123-456-789
         */
        EndpointTokenId: string;
        /**
         * @description Endpoint mapping id.
         * @example EPM-123-456-789
         */
        EndpointMappingId: string;
        /**
         * @description Endpoint record id (one call of an endpoint's data path).
         * @example EPR-123-456-789
         */
        EndpointRecordId: string;
        /**
         * @description Id of whoever acted, a user (`UR-…`) or a token (`SU-…`).
         * @example UR-123-456-789
         */
        ActorId: string;
        /** @description An account. */
        AccountReference: {
            /** @description Account id. */
            id: components["schemas"]["AccountId"];
            /**
             * @description Account name.
             * @example Acme Corp
             */
            name: string;
            /**
             * @description URL of the account's icon, if any.
             * @example /media/PA-123-456/media/icon.png
             */
            icon?: string | null;
        };
        /** @description Whoever performed an action, a user or a token. */
        ActorReference: {
            /** @description User or token id. */
            id: components["schemas"]["ActorId"];
            /**
             * @description User or token name.
             * @example Jane Doe
             */
            name: string;
        };
        /** @description The extension a token belongs to. */
        ExtensionReference: {
            /** @description Extension id. */
            id: components["schemas"]["ExtensionId"];
            /**
             * @description Extension name.
             * @example Custom
             */
            name: string;
            /** @description URL of the extension's icon, if any. */
            icon?: string | null;
        };
        /** @description A module. */
        ModuleReference: {
            /** @description Module id. */
            id: components["schemas"]["ModuleId"];
            /**
             * @description Module name.
             * @example Integrations
             */
            name: string;
        };
        /** @description A token. */
        TokenReference: {
            /** @description Token id. */
            id: components["schemas"]["TokenId"];
            /**
             * @description Token name.
             * @example Billing sync
             */
            name: string;
        };
        /** @description When something happened and who did it. */
        Event: {
            /**
             * Format: date-time
             * @description When it happened (UTC).
             */
            at: string;
            /** @description Who did it; `null` for the platform itself. */
            by?: components["schemas"]["ActorReference"] | null;
        };
        /** @description Creation and last update of an object. */
        Events: {
            /** @description Creation. */
            created: components["schemas"]["Event"];
            /** @description Last update; `null` or absent if never updated. */
            updated?: components["schemas"]["Event"] | null;
        };
        /** @description A reference to an object by id, in a request body. */
        IdWrite: {
            /** @description Id of the referenced object. */
            id: string;
        };
        /**
         * @description An HTTP method of this API.
         * @enum {string}
         */
        HttpMethod: "GET" | "POST" | "PUT" | "DELETE";
        /** @description The caller's context (Connect's `account` and `user`, plus additions). */
        AuthContext: {
            /** @description The caller's account. */
            account: components["schemas"]["AccountReference"];
            /**
             * @description The calling user. For an API token this is the token as Connect's system user: `id` is the token id
             *     (`SU-…`) and `name` the token's name.
             */
            user: components["schemas"]["ActorReference"];
            /** @description (Addition.) The calling token; present only when the caller uses an API token. */
            token?: components["schemas"]["AuthContextToken"];
            /** @description (Addition.) Ids of the modules the calling token is granted (all modules for user sessions). */
            permissions?: components["schemas"]["ModuleId"][];
        };
        /** @description (Addition.) The token making the call. */
        AuthContextToken: {
            /** @description Token id. */
            id: components["schemas"]["TokenId"];
            /** @description Token name. */
            name: string;
            /** @description The token's extension. */
            extension: components["schemas"]["ExtensionReference"];
        };
        /**
         * @description Token status. Connect's enum; this platform returns only `active`, `inactive`, `expiring` (active, within 14
         *     days before `expiration_date`) and `expired` (past `expiration_date`). `pending`, `deleted` and `revitalised`
         *     exist on Connect only.
         * @enum {string}
         */
        TokenStatus: "pending" | "active" | "inactive" | "deleted" | "expiring" | "expired" | "revitalised";
        /** @description An API token. Fields marked "(Addition.)" do not exist on Connect. */
        Token: {
            /** @description Token id. */
            id: components["schemas"]["TokenId"];
            /**
             * @description Token name.
             * @example Billing sync
             */
            name: string;
            /** @description Free-text description. */
            description?: string | null;
            /** @description An id of the caller's choosing, e.g. the id of the token in another system. */
            external_id?: string | null;
            /** @description The account that owns the token. */
            owner: components["schemas"]["AccountReference"];
            /** @description Current status (see the Tokens tag for the lifecycle). */
            status: components["schemas"]["TokenStatus"];
            /** @description The extension the token belongs to. */
            extension: components["schemas"]["ExtensionReference"];
            /**
             * @description Read-only, as on Connect: the handle of the key, that is the system user (`SU-…`) that the key
             *     authenticates as, the part of `token` before the `:`. It is not secret and never changes, not even on
             *     renew or rotate.
             * @example SU-123-456-789
             */
            readonly handle: string;
            /**
             * @description The API key. In full (`ApiKey SU-…:<40 hex>`) only in the responses of create, renew and rotate; elsewhere
             *     masked as `ApiKey SU-…:****<last 4 characters>`.
             * @example ApiKey SU-123-456-789:****9f3a
             */
            token: string;
            /** @description Creation and last update. */
            events: components["schemas"]["Events"];
            /** @description The modules granted to the token. */
            permissions: components["schemas"]["Permission"][];
            /**
             * Format: date-time
             * @description When the token expires; `null` for never.
             */
            expiration_date?: string | null;
            /**
             * Format: date-time
             * @description After a renew, until when the previous key (`renewed_token`) stays valid; `null` otherwise.
             */
            renewed_expiration_date?: string | null;
            /**
             * @description After a renew, the previous key, masked; `null` when no previous key is valid.
             * @example ApiKey SU-123-456-789:****0c1d
             */
            renewed_token?: string | null;
            /** @description (Addition.) The token's logo, a data URI or URL; `null` for none. */
            logo?: components["schemas"]["Logo"];
            /** @description (Addition.) The last successful authentication with this token; `null` if never used. */
            last_access?: components["schemas"]["LastAccess"] | null;
            /** @description (Addition.) IP and API allow/block lists. */
            access_rules?: components["schemas"]["AccessRules"];
            /** @description (Addition.) Requests allowed per period; `null` for no limit. */
            rate_limit?: components["schemas"]["RateLimit"] | null;
        };
        /**
         * @description A data URI (`data:image/png;base64,…`) or an `http(s)` URL; `null` for none.
         * @example https://example.org/logo.png
         */
        Logo: string | null;
        /** @description (Addition.) A successful authentication. */
        LastAccess: {
            /**
             * Format: date-time
             * @description When the token was last used.
             */
            at: string;
            /**
             * @description The IP address (v4 or v6) it was used from.
             * @example 203.0.113.7
             */
            ip: string;
        };
        /**
         * @description An IPv4 or IPv6 range in CIDR notation.
         * @example 203.0.113.0/24
         * @example 2001:db8::/32
         */
        Cidr: string;
        /**
         * @description An HTTP method, or `*` for any.
         * @enum {string}
         */
        ApiRuleMethod: "GET" | "POST" | "PUT" | "DELETE" | "*";
        /** @description (Addition.) A method and path pattern. */
        ApiRule: {
            /** @description The method the rule applies to; `*` for any. */
            method: components["schemas"]["ApiRuleMethod"];
            /**
             * @description Path relative to the server URL (`/public/v1`), without query string. `*` matches any sequence of
             *     characters, including `/`: `/auth/tokens/*` matches every path below `/auth/tokens/` (but not
             *     `/auth/tokens` itself).
             * @example /auth/tokens/*
             */
            path: string;
        };
        /**
         * @description (Addition.) Access rules of a token, checked after the account's IP access list. Blocks win over allows; an
         *     empty allow list allows everything. A denied IP is `403 AUTH_006`, a denied API `403 AUTH_007`.
         */
        AccessRules: {
            /** @description If not empty, only these ranges may use the token. */
            allowed_ips: components["schemas"]["Cidr"][];
            /** @description These ranges may never use the token. */
            blocked_ips: components["schemas"]["Cidr"][];
            /** @description If not empty, the token may call only these methods and paths. */
            allowed_apis: components["schemas"]["ApiRule"][];
            /** @description The token may never call these methods and paths. */
            blocked_apis: components["schemas"]["ApiRule"][];
        };
        /** @description (Addition.) Access rules in a request body; a list left out is empty. Replaces the whole rule set. */
        AccessRulesWrite: {
            /** @description If not empty, only these ranges may use the token. */
            allowed_ips?: components["schemas"]["Cidr"][];
            /** @description These ranges may never use the token. */
            blocked_ips?: components["schemas"]["Cidr"][];
            /** @description If not empty, the token may call only these methods and paths. */
            allowed_apis?: components["schemas"]["ApiRule"][];
            /** @description The token may never call these methods and paths. */
            blocked_apis?: components["schemas"]["ApiRule"][];
        };
        /** @description (Addition.) At most `requests` requests per `period_seconds` (fixed window); beyond it `429 AUTH_008`. */
        RateLimit: {
            /**
             * @description Requests allowed per period.
             * @example 600
             */
            requests: number;
            /**
             * @description Length of the period in seconds.
             * @example 60
             */
            period_seconds: number;
        };
        /** @description One module granted to a token (Connect's permission shape). */
        Permission: {
            /** @description Permission id. */
            id: components["schemas"]["PermissionId"];
            /** @description The granted module. */
            object: components["schemas"]["PermissionObject"];
            /** @description When and by whom the module was granted. */
            events: components["schemas"]["PermissionEvents"];
        };
        /** @description The module a permission grants. */
        PermissionObject: {
            /** @description Module id. */
            id: components["schemas"]["ModuleId"];
            /**
             * @description (Addition.) Module name.
             * @example Integrations
             */
            name?: string;
        };
        /** @description Events of a permission. */
        PermissionEvents: {
            /** @description When and by whom the module was granted. */
            granted: components["schemas"]["Event"];
        };
        /** @description Grants one module (Connect's `PermissionMerge`). */
        PermissionMerge: {
            /** @description The module to grant. */
            object: components["schemas"]["ModuleIdWrite"];
        };
        /** @description A module, by id, in a request body. */
        ModuleIdWrite: {
            /** @description Module id. */
            id: components["schemas"]["ModuleId"];
        };
        /**
         * @description The extension of a new token, by `id` or by `name` (Connect's `_ExtensionWrite`: both optional). `id` wins
         *     when both are sent. `name` is the extension type's name as Connect spells it, lowercase without whitespace
         *     (`custom`, `reports`, `zapier`, `flowgear`, `devops`); it is matched without regard to case, so the display
         *     name `Zapier` of `GET /extensions` resolves too. When neither resolves to an extension: `400 VAL_001` naming
         *     the field.
         */
        ExtensionWrite: {
            /** @description Extension id (see `GET /extensions`). */
            id?: components["schemas"]["ExtensionId"];
            /**
             * @description Extension type name, e.g. `zapier`; used when `id` is absent.
             * @example zapier
             */
            name?: string;
        };
        /** @description Body of `POST /auth/tokens` (Connect's `TokenWrite` plus additions). */
        TokenCreate: {
            /**
             * @description Token name.
             * @example Billing sync
             */
            name: string;
            /** @description An id of the caller's choosing. */
            external_id?: string | null;
            /** @description The extension the token belongs to (`EXT-000` Custom for your own integrations). */
            extension: components["schemas"]["ExtensionWrite"];
            /** @description Free-text description. */
            description?: string | null;
            /** @description The owning account; must be the caller's account (the default). */
            owner?: components["schemas"]["IdWrite"];
            /**
             * Format: date-time
             * @description When the token expires (must be in the future); `null` or absent for never.
             */
            expiration_date?: string | null;
            /** @description (Addition.) Logo, a data URI or URL. */
            logo?: components["schemas"]["Logo"];
            /** @description (Addition.) Modules to grant at creation; unknown or repeated modules are `400 TKN_002`. */
            permissions?: components["schemas"]["PermissionMerge"][];
            /** @description (Addition.) IP and API allow/block lists; absent means no restriction. */
            access_rules?: components["schemas"]["AccessRulesWrite"];
            /** @description (Addition.) Rate limit; absent or `null` for none. */
            rate_limit?: components["schemas"]["RateLimit"] | null;
        };
        /** @description Body of `PUT /auth/tokens/{pk}`; only the fields present change. */
        TokenUpdate: {
            /** @description Token name. */
            name?: string;
            /** @description An id of the caller's choosing. */
            external_id?: string | null;
            /** @description Free-text description. */
            description?: string | null;
            /** @description (Addition.) Logo, a data URI or URL; `null` removes it. */
            logo?: components["schemas"]["Logo"];
            /** @description (Addition.) Replaces the whole rule set. */
            access_rules?: components["schemas"]["AccessRulesWrite"];
            /** @description (Addition.) New rate limit; `null` removes it. */
            rate_limit?: components["schemas"]["RateLimit"] | null;
            /**
             * Format: date-time
             * @description (Addition; Connect ignores this key, so sending it there is harmless.) A new expiration date for the
             *     current key, without issuing a new one; `null` removes the expiry. It must be in the future, and a token
             *     that has already expired cannot be given one this way (`400 TKN_001`): renew it to get a new key.
             */
            expiration_date?: string | null;
        };
        /** @description Body of renew and rotate. */
        TokenRenewRotate: {
            /**
             * Format: date-time
             * @description The new expiration date (must be in the future); `null` or absent for never.
             */
            expiration_date?: string | null;
        };
        /**
         * @description What happened. `*.access_denied` events record a rejected request; `token.expired` is emitted once, when a token passes its expiration date; `webhook.*` and `account.settings_updated` (the account IP ACL) are additions that record changes outside tokens.
         * @enum {string}
         */
        AuditEventType: "token.created" | "token.updated" | "token.permission_granted" | "token.permission_revoked" | "token.activated" | "token.deactivated" | "token.renewed" | "token.rotated" | "token.deleted" | "token.expired" | "token.access_denied" | "endpoint.created" | "endpoint.updated" | "endpoint.deleted" | "endpoint_token.created" | "endpoint_token.updated" | "endpoint_token.regenerated" | "endpoint_token.deleted" | "endpoint.access_denied" | "webhook.created" | "webhook.updated" | "webhook.deleted" | "account.settings_updated";
        /** @description (Addition.) One audit log entry. Never contains secrets. */
        AuditEvent: {
            /** @description Event id. */
            id: components["schemas"]["AuditEventId"];
            /** @description What happened. */
            type: components["schemas"]["AuditEventType"];
            /**
             * Format: date-time
             * @description When it happened.
             */
            at: string;
            /** @description The token concerned; `null` for endpoint, webhook and account events. */
            token: components["schemas"]["TokenReference"] | null;
            /** @description Who did it (user or token); `null` for the platform itself (e.g. `token.expired`) or an unauthenticated caller. */
            actor: components["schemas"]["ActorReference"] | null;
            /**
             * @description IP address of the request that caused the event; `null` for platform events.
             * @example 203.0.113.7
             */
            ip: string | null;
            /**
             * @description For `*.access_denied`, the error code returned (e.g. `AUTH_006`); `null` otherwise.
             * @example AUTH_006
             */
            reason: string | null;
            /**
             * @description Free-form details depending on `type`, e.g. the changed fields of an update, the module of a permission
             *     event, the method and path of a denied request, or the endpoint id of endpoint events. Never secrets.
             */
            details: {
                [key: string]: unknown;
            };
        };
        /** @description (Addition.) The request to evaluate. */
        PolicyCheckRequest: {
            /** @description HTTP method of the request. */
            method: components["schemas"]["HttpMethod"];
            /**
             * @description Path relative to the server URL (`/public/v1`), e.g. `/auth/tokens/SU-123-456-789`; a query string is ignored.
             * @example /auth/tokens
             */
            path: string;
            /**
             * @description Client IP (v4 or v6) to evaluate; defaults to the caller's IP.
             * @example 203.0.113.7
             */
            ip?: string;
        };
        /**
         * @description The kind of rule that decided: `status` (inactive), `expiration` (expired), `module` (module not granted),
         *     `account_acl` (account IP access list), `ip_blocklist`, `ip_allowlist`, `api_blocklist`, `api_allowlist`
         *     (token access rules), `rate_limit`, or `default` (no rule denied the request).
         * @enum {string}
         */
        PolicyRuleKind: "status" | "expiration" | "module" | "account_acl" | "ip_blocklist" | "ip_allowlist" | "api_blocklist" | "api_allowlist" | "rate_limit" | "default";
        /** @description (Addition.) The rule that decided. */
        PolicyRule: {
            /** @description Kind of rule. */
            kind: components["schemas"]["PolicyRuleKind"];
            /**
             * @description The matching rule value, e.g. a module id, a CIDR, `GET /auth/tokens/*`, or `600/60s`; `null` when not applicable.
             * @example MD-0007
             */
            value: string | null;
        };
        /** @description (Addition.) The outcome of a policy check. */
        PolicyDecision: {
            /** @description Whether the request would be allowed. */
            allowed: boolean;
            /**
             * @description The error code the request would get (e.g. `AUTH_005`); `null` when allowed.
             * @example AUTH_005
             */
            error_code: string | null;
            /** @description Human-readable explanation, the same message the request would get when denied. */
            reason: string;
            /** @description The rule that decided. */
            rule: components["schemas"]["PolicyRule"];
            /** @description The module guarding the path; `null` when no module guards it. */
            module: components["schemas"]["ModuleReference"] | null;
        };
        /** @description A module that can be granted to tokens. */
        Module: {
            /** @description Module id. */
            id: components["schemas"]["ModuleId"];
            /**
             * @description Module name.
             * @example Integrations
             */
            name: string;
            /** @description (Addition.) What the module gives access to. */
            description?: string;
            /** @description (Addition.) The path prefixes this module guards, e.g. `/auth/tokens`. */
            paths?: string[];
        };
        /** @description An extension tokens can belong to. */
        Extension: {
            /** @description Extension id. */
            id: components["schemas"]["ExtensionId"];
            /**
             * @description Extension name.
             * @example Custom
             */
            name: string;
            /** @description Extension description. */
            description: string;
            /** @description URL of the extension's icon, if any. */
            icon?: string | null;
            /** @description Whether the extension is provided by the platform (as opposed to created by an account). */
            system?: boolean;
        };
        /** @description The account's integrations settings. */
        IntegrationsSettings: {
            /** @description The account's access control list. */
            acl: components["schemas"]["IntegrationsAcl"];
        };
        /** @description Account-wide access control list. */
        IntegrationsAcl: {
            /**
             * @description Named IP ranges allowed to use the account's tokens; empty means no account-level restriction. At most
             *     1,000 entries and 1,000 ranges over all entries (a longer list is `400 VAL_001`).
             */
            ips: components["schemas"]["IpAclEntry"][];
        };
        /** @description A named set of IP ranges. */
        IpAclEntry: {
            /**
             * @description Label of the entry.
             * @example Office
             */
            name: string;
            /** @description CIDR ranges, IPv4 or IPv6 (Connect documents IPv4 only). */
            ip_range: components["schemas"]["Cidr"][];
        };
        /**
         * @description Connect's webhook type, with Connect's values. `event` webhooks receive the events of their object class; the
         *     validator types are kept as sent (Connect calls them while it processes requests of their object class,
         *     which this platform does not emulate, so they receive no deliveries).
         * @enum {string}
         */
        WebhookType: "event" | "validator" | "inquiring_validator" | "change_validator" | "change_inquiring_validator" | "renew_validator" | "renew_inquiring_validator" | "transfer_validator" | "transfer_inquiring_validator" | "draft_tcr_t1_val" | "draft_tcr_t2_val" | "tcr_setup_t1_inq_val" | "tcr_setup_t2_inq_val" | "tcr_update_t1_validator" | "tcr_update_t2_validator" | "tcr_update_t1_inq_val" | "tcr_update_t2_inq_val";
        /**
         * @description What the webhook is about: Connect's classes, plus the additions `token` (audit events of tokens, endpoints
         *     and endpoint tokens) and `endpoint_record` (calls of endpoint data paths).
         * @enum {string}
         */
        WebhookObjectClass: "fulfillment_request" | "tier_config_request" | "tier_account_request" | "listing_request" | "billing_request" | "usage_file" | "token" | "endpoint_record";
        /**
         * @description (Addition.) A delivered event type: an audit event type, `endpoint_record.created`, `token.expiring` (sent
         *     once per token and expiration date, when the token enters the 14-day window before it), or `webhook.test`
         *     (sent by the trigger operation).
         */
        WebhookEventType: components["schemas"]["AuditEventType"] | ("endpoint_record.created" | "token.expiring" | "webhook.test");
        /** @description The product a webhook is bound to (Connect's `ns.Product`). */
        WebhookProduct: {
            /**
             * @description Product id.
             * @example PRD-123-456-789
             */
            id: string;
            /** @description Product name. */
            name: string;
            /** @description URL of the product icon. */
            icon?: string;
        };
        /** @description A user or token that changed a webhook (Connect's `ns.User`). */
        WebhookUser: {
            /** @description User or token id. */
            id: string;
            /** @description User or token name. */
            name: string;
            /** @description E-mail address of a user; absent for tokens. */
            email?: string;
        };
        /** @description The account owning a webhook (Connect's `ns.Account`). */
        WebhookAccount: {
            /** @description Account id. */
            id: components["schemas"]["AccountId"];
            /** @description Account name. */
            name: string;
        };
        /** @description Delivery counters (Connect's `ns.Stats`). */
        WebhookStats: {
            /** @description Events that matched the webhook. */
            events?: number;
            /** @description Delivery attempts. */
            triggers?: number;
            /** @description Successful deliveries. */
            success_triggers?: number;
            /** @description Failed deliveries. */
            failure_triggers?: number;
            /** @description Failed deliveries since the last success. */
            failure_since_last_success?: number;
        };
        /**
         * @description Outcome of one delivery (Connect's `ns.LastTriggerInfo`): used for `last_success`, `last_failure` and the
         *     answer of the trigger operation.
         */
        WebhookTriggerInfo: {
            /**
             * Format: date-time
             * @description When the delivery was made.
             */
            time: string;
            /**
             * @description Whether the receiver acknowledged it with a `2xx`.
             * @enum {string}
             */
            status: "success" | "failure";
            /**
             * @description HTTP status the receiver answered; `null` when it did not answer (connection error, timeout).
             * @example 200
             */
            status_code?: number | null;
            /** @description Duration of the delivery in milliseconds. */
            duration: number;
            /**
             * @description The receiver's answer body, parsed as JSON when it is an object, else `{"text": "…"}` (first 4 KiB). At
             *     most 64 KiB of an answer is read: a longer one is kept as `{"text": "<first 4 KiB>", "truncated": true}`.
             */
            response?: {
                [key: string]: unknown;
            };
            /** @description Why the delivery failed (e.g. `timeout`, `HTTP 500`); `null` on success. */
            errors?: string | null;
        };
        /** @description A webhook (Connect's `ns.Webhook`; `jwt_secret` is write-only and never returned). */
        Webhook: {
            /** @description Webhook id. */
            id: components["schemas"]["WebhookId"];
            /** @description Webhook type, as created or last updated. */
            type: components["schemas"]["WebhookType"];
            /** @description What the webhook is about. */
            object_class: components["schemas"]["WebhookObjectClass"];
            /** @description Short name. */
            label: string;
            /** @description Whether deliveries are made. */
            active: boolean;
            /**
             * Format: uri
             * @description Where deliveries are sent.
             */
            external_url: string;
            /** @description Free-text description. */
            description?: string | null;
            /**
             * @description Delivery method (the platform always delivers with `POST`).
             * @enum {string}
             */
            http_method: "GET" | "POST";
            /** @description The product the webhook is bound to; `null` for `token` and `endpoint_record` webhooks without one. */
            product?: components["schemas"]["WebhookProduct"] | null;
            /** @description Extra JSON the caller attached to the webhook; not interpreted by the platform. */
            data: {
                [key: string]: unknown;
            };
            /** @description Extra HTTP headers sent with each delivery. */
            headers: {
                [key: string]: string;
            };
            /**
             * Format: date-time
             * @description Creation time.
             */
            created_at?: string;
            /** @description Who created the webhook. */
            created_by?: components["schemas"]["WebhookUser"];
            /**
             * Format: date-time
             * @description Last modification time; `null` if never modified.
             */
            modified_at?: string | null;
            /** @description Who last modified the webhook; `null` if never modified. */
            modified_by?: components["schemas"]["WebhookUser"] | null;
            /** @description The owning account. */
            account?: components["schemas"]["WebhookAccount"];
            /** @description Delivery counters. */
            stats?: components["schemas"]["WebhookStats"];
            /**
             * Format: date-time
             * @description When the last matching event happened; `null` if none yet.
             */
            last_event?: string | null;
            /** @description The last successful delivery; `null` if none yet. */
            last_success?: components["schemas"]["WebhookTriggerInfo"] | null;
            /** @description The last failed delivery; `null` if none yet. */
            last_failure?: components["schemas"]["WebhookTriggerInfo"] | null;
            /** @description (Addition.) Event types to deliver; empty means all events of the object class. */
            events?: components["schemas"]["WebhookEventType"][];
        };
        /**
         * @description Body of `POST /notifications/webhooks` (Connect's body). `product_id` is required for Connect's object
         *     classes and optional for `token` and `endpoint_record` (`400 VAL_001` otherwise).
         */
        WebhookCreate: {
            /**
             * @description Webhook type (default `event`). Every type of Connect's list is accepted and kept; the additions `token`
             *     and `endpoint_record` take `event` only (`400 VAL_001` otherwise), and only `event` webhooks receive
             *     event deliveries here (the trigger operation tests any webhook).
             */
            type?: components["schemas"]["WebhookType"];
            /** @description What the webhook is about. */
            object_class: components["schemas"]["WebhookObjectClass"];
            /** @description Short name. */
            label: string;
            /** @description Product id; optional for `token` and `endpoint_record`. */
            product_id?: string;
            /**
             * Format: uri
             * @description Where deliveries are sent (`http` or `https`).
             */
            external_url: string;
            /**
             * @description Secret that signs deliveries (HS256). Required, as on Connect. Write-only: unlike Connect, no response
             *     returns it, so keep it where you generated it.
             */
            jwt_secret: string;
            /** @description Whether deliveries are made. */
            active: boolean;
            /** @description Free-text description. */
            description: string | null;
            /**
             * @description Delivery method; only `POST` is accepted.
             * @enum {string}
             */
            http_method: "POST";
            /** @description Extra JSON to keep with the webhook. */
            data?: {
                [key: string]: unknown;
            };
            /** @description Extra HTTP headers to send with each delivery. */
            headers?: {
                [key: string]: string;
            };
            /** @description (Addition.) Event types to deliver; empty or absent means all events of the object class. */
            events?: components["schemas"]["WebhookEventType"][];
        };
        /** @description Body of `PUT /notifications/webhooks/{id}`; as an addition, fields left out keep their value. */
        WebhookUpdate: {
            /** @description Webhook type; the additions `token` and `endpoint_record` take `event` only (`400 VAL_001` otherwise). */
            type?: components["schemas"]["WebhookType"];
            /** @description What the webhook is about. */
            object_class?: components["schemas"]["WebhookObjectClass"];
            /** @description Short name. */
            label?: string;
            /** @description Product id; optional for `token` and `endpoint_record`. */
            product_id?: string;
            /**
             * Format: uri
             * @description Where deliveries are sent (`http` or `https`).
             */
            external_url?: string;
            /**
             * @description New signing secret; write-only. Connect requires it in every `PUT`; here it may also be left out, which
             *     keeps the current secret (no response returns it, so a body read with `GET` and sent back lacks it).
             */
            jwt_secret?: string;
            /** @description Whether deliveries are made. */
            active?: boolean;
            /** @description Free-text description. */
            description?: string | null;
            /**
             * @description Delivery method; only `POST` is accepted.
             * @enum {string}
             */
            http_method?: "POST";
            /** @description Extra JSON to keep with the webhook. */
            data?: {
                [key: string]: unknown;
            };
            /** @description Extra HTTP headers to send with each delivery. */
            headers?: {
                [key: string]: string;
            };
            /** @description (Addition.) Event types to deliver; empty means all events of the object class. */
            events?: components["schemas"]["WebhookEventType"][];
        };
        /** @description (Addition.) `data` of a `webhook.test` delivery. */
        WebhookTestData: {
            /** @description The webhook being tested. */
            webhook_id: components["schemas"]["WebhookId"];
        };
        /** @description (Addition.) The JSON body the platform `POST`s to a webhook's `external_url`. */
        WebhookDelivery: {
            /**
             * @description Delivery id, unique per delivery (also the `delivery_id` claim of the JWT); receivers can use it to deduplicate.
             * @example WD-123-456-789
             */
            id: string;
            /** @description The event type. */
            type: components["schemas"]["WebhookEventType"];
            /**
             * Format: date-time
             * @description When the event happened.
             */
            at: string;
            /** @description The event's object (see `type`). */
            data: components["schemas"]["AuditEvent"] | components["schemas"]["EndpointRecord"] | components["schemas"]["WebhookTestData"];
        };
        /** @description Summary of a token's requests (Connect's `statistics.AccountTokenSummary` plus `denials`). */
        TokenStatisticsSummary: {
            /** @description Token id. */
            id: components["schemas"]["TokenId"];
            /** @description Totals per HTTP status code of the responses the token received. */
            statuses: components["schemas"]["StatusTotal"][];
            /**
             * Format: date-time
             * @description When tracking started (the token's first request); `null` if it never made one.
             */
            started_tracking_at: string | null;
            /** @description (Addition.) Denied requests per error code. */
            denials?: components["schemas"]["DenialTotal"][];
        };
        /** @description Requests that got one HTTP status code. */
        StatusTotal: {
            /**
             * @description HTTP status code, e.g. `200`.
             * @example 200
             */
            code: string;
            /** @description Requests since tracking started. */
            total: number;
            /** @description Requests since the counters were last reset. */
            since_last_reset: number;
        };
        /** @description (Addition.) Denied requests with one error code. */
        DenialTotal: {
            /**
             * @description The error code, e.g. `AUTH_006`.
             * @example AUTH_006
             */
            reason: string;
            /** @description Number of denied requests. */
            total: number;
        };
        /** @description One day of a token's requests (Connect's `statistics.AccountTokenAggregates`). */
        TokenStatisticsAggregate: {
            /**
             * Format: date
             * @description The UTC day.
             */
            date: string;
            /** @description Requests per HTTP status code that day. */
            statuses: components["schemas"]["StatusCount"][];
        };
        /** @description Requests that got one HTTP status code on one day. */
        StatusCount: {
            /**
             * @description HTTP status code, e.g. `200`.
             * @example 200
             */
            code: string;
            /** @description Number of requests. */
            count: number;
        };
        /** @description (Addition.) A minimal read-only object of a module's resource list. */
        ModuleResource: {
            /**
             * @description Object id (format depends on the resource, e.g. `PRD-123-456-789`).
             * @example PRD-123-456-789
             */
            id: string;
            /** @description Object name. */
            name: string;
            /**
             * @description Object status (values depend on the resource).
             * @example active
             */
            status: string;
            /** @description Creation (and last update) of the object. */
            events: components["schemas"]["Events"];
        };
        /**
         * @description `token`: calls need an endpoint token; `none`: the data path is open to anyone who knows its URL.
         * @enum {string}
         */
        EndpointAuthentication: "none" | "token";
        /**
         * @description A method of an endpoint's data path.
         * @enum {string}
         */
        EndpointMethod: "GET" | "POST" | "DELETE";
        /**
         * @description An endpoint token value: 64 alphanumeric characters in full only in the responses of create and regenerate,
         *     elsewhere masked as `****` followed by the last 4 characters.
         * @example ****x9Kq
         */
        EndpointTokenValue: string;
        /** @description (Addition.) An endpoint. */
        EndpointReference: {
            /** @description Endpoint id. */
            id: components["schemas"]["EndpointId"];
            /** @description Endpoint name. */
            name: string;
        };
        /** @description (Addition.) An endpoint (a small data inbox). */
        Endpoint: {
            /** @description Endpoint id. */
            id: components["schemas"]["EndpointId"];
            /**
             * @description Endpoint name.
             * @example Orders inbox
             */
            name: string;
            /** @description Free-text description. */
            description: string | null;
            /** @description How callers of the data path authenticate. */
            authentication: components["schemas"]["EndpointAuthentication"];
            /** @description Whether `DELETE` on the data path is possible (and a `DELETE` primary token exists). */
            allow_delete: boolean;
            /**
             * @description The primary tokens, one per method (empty with `authentication: none`); values in full only in the
             *     responses that generated them (create, update), masked elsewhere.
             */
            primary_tokens: components["schemas"]["EndpointPrimaryToken"][];
            /** @description Creation and last update. */
            events: components["schemas"]["Events"];
        };
        /** @description (Addition.) Body of `POST /integrations/endpoints`. */
        EndpointCreate: {
            /** @description Endpoint name. */
            name: string;
            /** @description Free-text description. */
            description?: string | null;
            /** @description How callers authenticate; `token` when absent. */
            authentication?: components["schemas"]["EndpointAuthentication"];
            /** @description Whether `DELETE` on the data path is possible; `false` when absent. */
            allow_delete?: boolean;
        };
        /** @description (Addition.) Body of `PUT /integrations/endpoints/{id}`; only the fields present change. */
        EndpointUpdate: {
            /** @description Endpoint name. */
            name?: string;
            /** @description Free-text description. */
            description?: string | null;
            /** @description How callers authenticate; switching generates or deletes the primary tokens. */
            authentication?: components["schemas"]["EndpointAuthentication"];
            /** @description Whether `DELETE` on the data path is possible; switching generates or deletes the `DELETE` primary token. */
            allow_delete?: boolean;
        };
        /** @description (Addition.) The primary token of an endpoint for one method. */
        EndpointPrimaryToken: {
            /** @description Primary token id. */
            id: components["schemas"]["EndpointTokenId"];
            /** @description The method this token may call. */
            method: components["schemas"]["EndpointMethod"];
            /** @description The token value, full or masked. */
            value: components["schemas"]["EndpointTokenValue"];
            /** @description Creation and last regeneration (`updated`). */
            events: components["schemas"]["Events"];
        };
        /**
         * @description Status of a secondary endpoint token; `inactive` tokens are rejected everywhere (`401 EPT_001`).
         * @enum {string}
         */
        EndpointTokenStatus: "active" | "inactive";
        /** @description (Addition.) A secondary endpoint token. */
        EndpointToken: {
            /** @description Token id. */
            id: components["schemas"]["EndpointTokenId"];
            /**
             * @description Token name; recommended, the name of the application using it.
             * @example Shop backend
             */
            name: string;
            /** @description Free-text description. */
            description: string | null;
            /** @description The token value, full (create, regenerate) or masked. */
            value: components["schemas"]["EndpointTokenValue"];
            /** @description Token status. */
            status: components["schemas"]["EndpointTokenStatus"];
            /** @description Creation and last update. */
            events: components["schemas"]["Events"];
        };
        /** @description (Addition.) Body of `POST /integrations/endpoint-tokens`. */
        EndpointTokenCreate: {
            /** @description Token name; recommended, the name of the application using it. */
            name: string;
            /** @description Free-text description. */
            description?: string | null;
        };
        /** @description (Addition.) Body of `PUT /integrations/endpoint-tokens/{id}`; only the fields present change. */
        EndpointTokenUpdate: {
            /** @description Token name. */
            name?: string;
            /** @description Free-text description. */
            description?: string | null;
            /** @description Activate or deactivate the token. */
            status?: components["schemas"]["EndpointTokenStatus"];
        };
        /** @description (Addition.) A secondary endpoint token. */
        EndpointTokenReference: {
            /** @description Token id. */
            id: components["schemas"]["EndpointTokenId"];
            /** @description Token name. */
            name: string;
        };
        /** @description (Addition.) A primary token of an endpoint. */
        PrimaryTokenReference: {
            /** @description Primary token id. */
            id: components["schemas"]["EndpointTokenId"];
            /** @description Its method. */
            method: components["schemas"]["EndpointMethod"];
        };
        /** @description (Addition.) Lets a secondary token call an endpoint with the method of one of its primary tokens. */
        EndpointMapping: {
            /** @description Mapping id. */
            id: components["schemas"]["EndpointMappingId"];
            /** @description The secondary token. */
            endpoint_token: components["schemas"]["EndpointTokenReference"];
            /** @description The primary token (method) it is mapped to. */
            primary_token: components["schemas"]["PrimaryTokenReference"];
            /** @description Whether the mapping is in effect. */
            enabled: boolean;
            /** @description Creation and last update. */
            events?: components["schemas"]["Events"];
        };
        /** @description (Addition.) A primary token of the endpoint, by method. */
        PrimaryTokenWrite: {
            /** @description Method of the endpoint's primary token. */
            method: components["schemas"]["EndpointMethod"];
        };
        /** @description (Addition.) Body of `POST /integrations/endpoints/{id}/mappings`. */
        EndpointMappingCreate: {
            /** @description The secondary endpoint token, by id (`EPT-…`). */
            endpoint_token: components["schemas"]["IdWrite"];
            /** @description The primary token to map to, by method. */
            primary_token: components["schemas"]["PrimaryTokenWrite"];
            /** @description Whether the mapping is in effect; `true` when absent. */
            enabled?: boolean;
        };
        /** @description (Addition.) Body of `PUT /integrations/endpoints/{id}/mappings/{mapping_id}`. */
        EndpointMappingUpdate: {
            /** @description Whether the mapping is in effect. */
            enabled: boolean;
        };
        /** @description (Addition.) The endpoint token used for a call. */
        EndpointRecordToken: {
            /** @description Token id. */
            id: components["schemas"]["EndpointTokenId"];
            /**
             * @description Whether it was a primary or a secondary token.
             * @enum {string}
             */
            kind: "primary" | "secondary";
            /**
             * @description The secondary token's name, or `<METHOD> primary token` for a primary token.
             * @example Shop backend
             */
            name: string;
        };
        /** @description (Addition.) One call of an endpoint's data path, accepted or rejected. */
        EndpointRecord: {
            /** @description Record id (also the id of the document a `POST` stored). */
            id: components["schemas"]["EndpointRecordId"];
            /** @description The endpoint called. */
            endpoint: components["schemas"]["EndpointReference"];
            /** @description Method of the call. */
            method: components["schemas"]["EndpointMethod"];
            /**
             * Format: date-time
             * @description When the call was made.
             */
            at: string;
            /**
             * @description Caller IP (v4 or v6).
             * @example 203.0.113.7
             */
            ip: string;
            /** @description The endpoint token used; `null` without a (valid) token. */
            token: components["schemas"]["EndpointRecordToken"] | null;
            /**
             * @description HTTP status of the answer.
             * @example 201
             */
            status: number;
            /** @description Error code of a rejected call (e.g. `EPT_002`); `null` for accepted calls. */
            error_code?: string | null;
            /** @description The request body of a `POST` (as stored); `null` for other methods and rejected calls. */
            body: components["schemas"]["EndpointDataPayload"] | null;
        };
        /** @description (Addition.) Any JSON object sent to an endpoint's data path (at most 1 MiB). */
        EndpointDataPayload: {
            [key: string]: unknown;
        };
        /** @description (Addition.) A JSON document stored by `POST` on an endpoint's data path. */
        EndpointDataItem: {
            /** @description Id of the record of the `POST` that stored it. */
            id: components["schemas"]["EndpointRecordId"];
            /**
             * Format: date-time
             * @description When it was stored.
             */
            at: string;
            /** @description The document. */
            body: components["schemas"]["EndpointDataPayload"];
        };
    };
    responses: {
        /** @description Done; no body. */
        NoContent: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /**
         * @description Bad request: `VAL_001` validation error (each message prefixed with the field), `RQL_001` invalid RQL,
         *     `TKN_001` illegal status transition, `TKN_002` invalid permission change.
         */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description No usable credential: `AUTH_001` missing or invalid credentials (unknown and deleted tokens alike),
         *     `AUTH_002` malformed `Authorization` header, `AUTH_003` token inactive, `AUTH_004` token expired.
         */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error_code": "AUTH_001",
                 *       "errors": [
                 *         "Missing or invalid credentials"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The caller is known but not allowed: `AUTH_005` missing module permission (the message names the module),
         *     `AUTH_006` IP not allowed, `AUTH_007` API blocked for this token.
         */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error_code": "AUTH_005",
                 *       "errors": [
                 *         "Token SU-123-456-789 lacks module MD-0007 (Integrations)"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description `GEN_404`: no such object (or it was deleted). */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error_code": "GEN_404",
                 *       "errors": [
                 *         "Not found"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description `GEN_405`: the route exists but does not accept this method. */
        MethodNotAllowed: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error_code": "GEN_405",
                 *       "errors": [
                 *         "Method not allowed"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description Conflict: `IDEM_001` the `Idempotency-Key` was already used with a different request, or `GEN_409` a
         *     conflicting concurrent change or duplicate.
         */
        Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error_code": "IDEM_001",
                 *       "errors": [
                 *         "Idempotency-Key was already used with a different request"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description `GEN_413`: the request body is larger than 1 MiB. */
        PayloadTooLarge: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error_code": "GEN_413",
                 *       "errors": [
                 *         "Request body exceeds 1 MiB"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description `GEN_415`: the request body is not `application/json`. */
        UnsupportedMediaType: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error_code": "GEN_415",
                 *       "errors": [
                 *         "Content-Type must be application/json"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description `AUTH_008` the token's rate limit is used up, or `AUTH_009` too many failed authentications from this IP
         *     (temporary ban). `Retry-After` says when to retry.
         */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error_code": "AUTH_008",
                 *       "errors": [
                 *         "Rate limit of 600 requests per 60 seconds exceeded"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description `GEN_500` unexpected server error, or `GEN_503` service temporarily unavailable. */
        ServerError: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error_code": "GEN_500",
                 *       "errors": [
                 *         "Internal server error"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description `EPT_001`: the endpoint token is missing, unknown or inactive. */
        EndpointUnauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error_code": "EPT_001",
                 *       "errors": [
                 *         "Invalid endpoint token"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description `EPT_002`: the endpoint token is valid but not for this endpoint or method (a primary token of another
         *     endpoint or method, or a secondary token with no mapping for this endpoint and method). A mapping that exists
         *     but is switched off answers `EPT_001`, as the application's credential is then unusable.
         */
        EndpointForbidden: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error_code": "EPT_002",
                 *       "errors": [
                 *         "Endpoint token EPT-123-456-789 may not call DELETE on EP-123-456"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description Number of results to return per page (default 100, at most 1000). `limit=0` returns an empty array and only
         *     the total in `Content-Range`. As in django-rql's pagination, a larger value is capped at 1000, and a value
         *     that is not a non-negative integer falls back to the default; neither is an error.
         */
        Limit: number;
        /** @description The initial index from which to return the results (default 0). A value that is not a non-negative integer counts as 0, as in django-rql; an offset past the end returns an empty page. */
        Offset: number;
        /** @description Case-insensitive substring search over the fields listed in the operation's `x-rql.search`. */
        Search: string;
        /**
         * @description (Addition.) A client-chosen unique key. Repeating the `POST` with the same key and the same body returns the
         *     first response again without repeating the effect; the same key with a different request is `409 IDEM_001`.
         *     Keys are scoped to the calling credential (on an endpoint with `authentication: none`, to the endpoint) and
         *     to the operation.
         * @example 7f2c1e0a-4b7d-4c55-9a1e-3f1d2b6c8e90
         */
        IdempotencyKey: string;
        /**
         * @description Token id.
         * @example SU-123-456-789
         */
        TokenPk: components["schemas"]["TokenId"];
        /**
         * @description Token id.
         * @example SU-123-456-789
         */
        TokenPkPermissions: components["schemas"]["TokenId"];
        /**
         * @description A permission id (`PM-…`) or the id of the granted module (`MD-…`).
         * @example MD-0007
         */
        PermissionOrModuleId: string;
        /**
         * @description Module id.
         * @example MD-0007
         */
        ModulePk: components["schemas"]["ModuleId"];
        /**
         * @description Extension id.
         * @example EXT-000
         */
        ExtensionIdPath: components["schemas"]["ExtensionId"];
        /**
         * @description Webhook id.
         * @example WH-123-456-789
         */
        WebhookIdPath: components["schemas"]["WebhookId"];
        /**
         * @description Token id.
         * @example SU-123-456-789
         */
        StatisticsTokenId: components["schemas"]["TokenId"];
        /**
         * @description Endpoint id.
         * @example EP-123-456
         */
        EndpointIdPath: components["schemas"]["EndpointId"];
        /**
         * @description Secondary endpoint token id.
         * @example EPT-123-456-789
         */
        EndpointTokenIdPath: components["schemas"]["EndpointTokenId"];
        /**
         * @description Mapping id.
         * @example EPM-123-456-789
         */
        MappingIdPath: components["schemas"]["EndpointMappingId"];
        /**
         * @description The method of the primary token.
         * @example POST
         */
        EndpointMethodPath: components["schemas"]["EndpointMethod"];
        /**
         * @description Filter for: id
         *
         *     **lookups:** eq, ne, like, ilike, null, in, out
         *
         *     **search:** true
         *
         *     **ordering:** true
         */
        ResourceFilterId: string;
        /**
         * @description Filter for: name
         *
         *     **lookups:** eq, ne, like, ilike, null, in, out
         *
         *     **search:** true
         *
         *     **ordering:** true
         */
        ResourceFilterName: string;
        /**
         * @description Filter for: status
         *
         *     **lookups:** eq, ne, in, out
         *
         *     **ordering:** true
         */
        ResourceFilterStatus: string;
        /**
         * @description Filter for: type
         *
         *     **lookups:** eq, ne, in, out
         */
        AuditFilterType: components["schemas"]["AuditEventType"];
        /**
         * @description Filter for: actor.id (a user or token id)
         *
         *     **lookups:** eq, ne, null, in, out
         */
        AuditFilterActorId: string;
        /**
         * @description Filter for: at. As a plain parameter it means `eq`; use `ge(at,…)`/`le(at,…)` for ranges.
         *
         *     **lookups:** gt, ge, lt, le
         *
         *     **ordering:** true
         */
        AuditFilterAt: string;
    };
    requestBodies: never;
    headers: {
        /** @description Unique id of this request, also written to the server log; quote it when reporting a problem. */
        "X-Request-Id": string;
        /**
         * @description Pagination of a list, `items <first>-<last>/<total>`: zero-based, inclusive indexes of the returned items and
         *     the total number of matching items. A page with no items (`limit=0`, or an `offset` past the end) is
         *     `items <offset>-<offset>/<total>`, as django-rql writes it.
         */
        "Content-Range": string;
        /**
         * @description (Addition.) Body keys this write ignored, sorted and comma-separated, nested keys as `a.b`: keys the
         *     operation's request schema does not declare and properties it marks `readOnly` (`id`, `events`, `status`, …
         *     of an object sent back as it came from `GET`). Django REST framework, on which Connect is built, ignores such
         *     keys silently; the emulator ignores them the same way and names them here, so a typo shows up in tests. Absent
         *     when nothing was ignored. A wrong type or value of a declared field is still `400 VAL_001`.
         */
        "X-Connect-Ignored-Fields": string;
        /**
         * @description (Addition.) Filtered properties of this list that the operation does not declare in `x-rql`, sorted and
         *     comma-separated. django-rql, which Connect's filtering uses, ignores such a filter term (an empty `Q`, so a
         *     typo widens the result); the emulator drops the term the same way and names the property here. Absent when
         *     nothing was ignored. `ordering` on an undeclared property stays `400 RQL_001`.
         */
        "X-Connect-Ignored-Filters": string;
        /** @description Seconds to wait before retrying. */
        "Retry-After": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAuthContext: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's context. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthContext"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listTokens: {
        parameters: {
            query?: {
                /**
                 * @description Number of results to return per page (default 100, at most 1000). `limit=0` returns an empty array and only
                 *     the total in `Content-Range`. As in django-rql's pagination, a larger value is capped at 1000, and a value
                 *     that is not a non-negative integer falls back to the default; neither is an error.
                 */
                limit?: components["parameters"]["Limit"];
                /** @description The initial index from which to return the results (default 0). A value that is not a non-negative integer counts as 0, as in django-rql; an offset past the end returns an empty page. */
                offset?: components["parameters"]["Offset"];
                /** @description Case-insensitive substring search over the fields listed in the operation's `x-rql.search`. */
                search?: components["parameters"]["Search"];
                /**
                 * @description Filter for: id
                 *
                 *     **lookups:** eq, ne, like, ilike, null, in, out
                 *
                 *     **ordering:** true
                 *
                 *     **search:** true
                 */
                id?: components["schemas"]["TokenId"];
                /**
                 * @description Filter for: name
                 *
                 *     **lookups:** eq, ne, like, ilike, null, in, out
                 *
                 *     **ordering:** true
                 *
                 *     **search:** true
                 */
                name?: string;
                /**
                 * @description Filter for: description
                 *
                 *     **lookups:** eq, ne, like, ilike, null, empty
                 */
                description?: string;
                /**
                 * @description Filter for: status
                 *
                 *     **lookups:** eq, ne, in, out
                 *
                 *     **ordering:** true
                 */
                status?: components["schemas"]["TokenStatus"];
                /**
                 * @description Filter for: external_id
                 *
                 *     **lookups:** eq, ne, like, ilike, null, in, out
                 */
                external_id?: string;
                /**
                 * @description Filter for: extension.id
                 *
                 *     **lookups:** eq, ne, like, ilike, null, in, out
                 *
                 *     **ordering:** true
                 */
                "extension.id"?: components["schemas"]["ExtensionId"];
                /**
                 * @description Filter for: extension.name
                 *
                 *     **lookups:** eq, ne, like, ilike, in, out
                 */
                "extension.name"?: string;
                /**
                 * @description Filter for: events.created.at
                 *
                 *     **lookups:** eq, ne, gt, ge, lt, le, in, out
                 *
                 *     **ordering:** true
                 */
                "events.created.at"?: string;
                /**
                 * @description Filter for: events.created.by.id
                 *
                 *     **lookups:** eq, ne, like, ilike, null, in, out
                 */
                "events.created.by.id"?: string;
                /**
                 * @description Filter for: events.created.by.name
                 *
                 *     **lookups:** eq, ne, like, ilike, null, in, out
                 */
                "events.created.by.name"?: string;
                /**
                 * @description Filter for: expiration_date
                 *
                 *     **lookups:** eq, ne, gt, ge, lt, le, null, in, out
                 *
                 *     **ordering:** true
                 */
                expiration_date?: string;
                /**
                 * @description Filter for: permissions.id
                 *
                 *     **lookups:** eq, ne, like, ilike, null, in, out
                 */
                "permissions.id"?: components["schemas"]["PermissionId"];
                /**
                 * @description Filter for: permissions.object.id (a module id)
                 *
                 *     **lookups:** eq, ne, like, ilike, in, out
                 */
                "permissions.object.id"?: components["schemas"]["ModuleId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tokens (secrets masked). */
            200: {
                headers: {
                    "Content-Range": components["headers"]["Content-Range"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Filters": components["headers"]["X-Connect-Ignored-Filters"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Token"][];
                };
            };
            /** @description `RQL_001` bad RQL or unknown filter; `VAL_001` bad `limit`/`offset`. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description (Addition.) A client-chosen unique key. Repeating the `POST` with the same key and the same body returns the
                 *     first response again without repeating the effect; the same key with a different request is `409 IDEM_001`.
                 *     Keys are scoped to the calling credential (on an endpoint with `authentication: none`, to the endpoint) and
                 *     to the operation.
                 * @example 7f2c1e0a-4b7d-4c55-9a1e-3f1d2b6c8e90
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Billing sync",
                 *       "description": "Pushes usage from the billing system",
                 *       "extension": {
                 *         "id": "EXT-000"
                 *       },
                 *       "expiration_date": "2027-01-01T00:00:00Z",
                 *       "permissions": [
                 *         {
                 *           "object": {
                 *             "id": "MD-0007"
                 *           }
                 *         }
                 *       ],
                 *       "access_rules": {
                 *         "allowed_ips": [
                 *           "203.0.113.0/24",
                 *           "2001:db8::/32"
                 *         ],
                 *         "blocked_ips": [],
                 *         "allowed_apis": [
                 *           {
                 *             "method": "GET",
                 *             "path": "/auth/tokens/*"
                 *           }
                 *         ],
                 *         "blocked_apis": []
                 *       },
                 *       "rate_limit": {
                 *         "requests": 600,
                 *         "period_seconds": 60
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["TokenCreate"];
            };
        };
        responses: {
            /** @description The new token, with the full key in `token` (shown only this once). */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Fields": components["headers"]["X-Connect-Ignored-Fields"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Token"];
                };
            };
            /** @description `VAL_001` invalid body (extension id or name that does not resolve, or neither sent; bad CIDR, name too long, …); `TKN_002` unknown or duplicate module in `permissions`. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    getToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Token id.
                 * @example SU-123-456-789
                 */
                pk: components["parameters"]["TokenPk"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token (secret masked). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Token"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    updateToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Token id.
                 * @example SU-123-456-789
                 */
                pk: components["parameters"]["TokenPk"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenUpdate"];
            };
        };
        responses: {
            /** @description The updated token (secret masked). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Fields": components["headers"]["X-Connect-Ignored-Fields"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Token"];
                };
            };
            /** @description `VAL_001` invalid body. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    deleteToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Token id.
                 * @example SU-123-456-789
                 */
                pk: components["parameters"]["TokenPk"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    activateToken: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description (Addition.) A client-chosen unique key. Repeating the `POST` with the same key and the same body returns the
                 *     first response again without repeating the effect; the same key with a different request is `409 IDEM_001`.
                 *     Keys are scoped to the calling credential (on an endpoint with `authentication: none`, to the endpoint) and
                 *     to the operation.
                 * @example 7f2c1e0a-4b7d-4c55-9a1e-3f1d2b6c8e90
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Token id.
                 * @example SU-123-456-789
                 */
                pk: components["parameters"]["TokenPk"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The activated token (secret masked). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Token"];
                };
            };
            /** @description `TKN_001` the token is not `inactive` (renew an expired token instead). */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    deactivateToken: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description (Addition.) A client-chosen unique key. Repeating the `POST` with the same key and the same body returns the
                 *     first response again without repeating the effect; the same key with a different request is `409 IDEM_001`.
                 *     Keys are scoped to the calling credential (on an endpoint with `authentication: none`, to the endpoint) and
                 *     to the operation.
                 * @example 7f2c1e0a-4b7d-4c55-9a1e-3f1d2b6c8e90
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Token id.
                 * @example SU-123-456-789
                 */
                pk: components["parameters"]["TokenPk"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deactivated token (secret masked). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Token"];
                };
            };
            /** @description `TKN_001` the token is neither `active` nor `expiring`. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    renewToken: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description (Addition.) A client-chosen unique key. Repeating the `POST` with the same key and the same body returns the
                 *     first response again without repeating the effect; the same key with a different request is `409 IDEM_001`.
                 *     Keys are scoped to the calling credential (on an endpoint with `authentication: none`, to the endpoint) and
                 *     to the operation.
                 * @example 7f2c1e0a-4b7d-4c55-9a1e-3f1d2b6c8e90
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Token id.
                 * @example SU-123-456-789
                 */
                pk: components["parameters"]["TokenPk"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TokenRenewRotate"];
            };
        };
        responses: {
            /** @description The renewed token, with the full new key in `token` (shown only this once). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Fields": components["headers"]["X-Connect-Ignored-Fields"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Token"];
                };
            };
            /** @description `TKN_001` the token is `inactive`; `VAL_001` `expiration_date` is not in the future. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    rotateToken: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description (Addition.) A client-chosen unique key. Repeating the `POST` with the same key and the same body returns the
                 *     first response again without repeating the effect; the same key with a different request is `409 IDEM_001`.
                 *     Keys are scoped to the calling credential (on an endpoint with `authentication: none`, to the endpoint) and
                 *     to the operation.
                 * @example 7f2c1e0a-4b7d-4c55-9a1e-3f1d2b6c8e90
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Token id.
                 * @example SU-123-456-789
                 */
                pk: components["parameters"]["TokenPk"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TokenRenewRotate"];
            };
        };
        responses: {
            /** @description The rotated token, with the full new key in `token` (shown only this once). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Fields": components["headers"]["X-Connect-Ignored-Fields"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Token"];
                };
            };
            /** @description `TKN_001` the token is `expired` (renew it instead); `VAL_001` `expiration_date` is not in the future. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listTokenPermissions: {
        parameters: {
            query?: {
                /**
                 * @description Number of results to return per page (default 100, at most 1000). `limit=0` returns an empty array and only
                 *     the total in `Content-Range`. As in django-rql's pagination, a larger value is capped at 1000, and a value
                 *     that is not a non-negative integer falls back to the default; neither is an error.
                 */
                limit?: components["parameters"]["Limit"];
                /** @description The initial index from which to return the results (default 0). A value that is not a non-negative integer counts as 0, as in django-rql; an offset past the end returns an empty page. */
                offset?: components["parameters"]["Offset"];
                /** @description Case-insensitive substring search over the fields listed in the operation's `x-rql.search`. */
                search?: components["parameters"]["Search"];
                /**
                 * @description Filter for: id
                 *
                 *     **lookups:** eq, ne, like, ilike, null, in, out
                 *
                 *     **search:** true
                 *
                 *     **ordering:** true
                 */
                id?: components["schemas"]["PermissionId"];
                /**
                 * @description Filter for: object.id (a module id)
                 *
                 *     **lookups:** eq, ne, like, ilike, in, out
                 *
                 *     **search:** true
                 *
                 *     **ordering:** true
                 */
                "object.id"?: components["schemas"]["ModuleId"];
            };
            header?: never;
            path: {
                /**
                 * @description Token id.
                 * @example SU-123-456-789
                 */
                token_pk: components["parameters"]["TokenPkPermissions"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of permissions. */
            200: {
                headers: {
                    "Content-Range": components["headers"]["Content-Range"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Filters": components["headers"]["X-Connect-Ignored-Filters"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Permission"][];
                };
            };
            /** @description `RQL_001` bad RQL or unknown filter; `VAL_001` bad `limit`/`offset`. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    grantTokenPermission: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description (Addition.) A client-chosen unique key. Repeating the `POST` with the same key and the same body returns the
                 *     first response again without repeating the effect; the same key with a different request is `409 IDEM_001`.
                 *     Keys are scoped to the calling credential (on an endpoint with `authentication: none`, to the endpoint) and
                 *     to the operation.
                 * @example 7f2c1e0a-4b7d-4c55-9a1e-3f1d2b6c8e90
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Token id.
                 * @example SU-123-456-789
                 */
                token_pk: components["parameters"]["TokenPkPermissions"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "object": {
                 *         "id": "MD-0007"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["PermissionMerge"];
            };
        };
        responses: {
            /** @description The new permission. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Fields": components["headers"]["X-Connect-Ignored-Fields"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Permission"];
                };
            };
            /** @description `TKN_002` unknown module or module already granted; `VAL_001` invalid body. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    revokeAllTokenPermissions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Token id.
                 * @example SU-123-456-789
                 */
                token_pk: components["parameters"]["TokenPkPermissions"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    revokeTokenPermission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Token id.
                 * @example SU-123-456-789
                 */
                token_pk: components["parameters"]["TokenPkPermissions"];
                /**
                 * @description A permission id (`PM-…`) or the id of the granted module (`MD-…`).
                 * @example MD-0007
                 */
                id: components["parameters"]["PermissionOrModuleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            /** @description `TKN_002` the module is unknown or not granted to this token. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listTokenAuditEvents: {
        parameters: {
            query?: {
                /**
                 * @description Number of results to return per page (default 100, at most 1000). `limit=0` returns an empty array and only
                 *     the total in `Content-Range`. As in django-rql's pagination, a larger value is capped at 1000, and a value
                 *     that is not a non-negative integer falls back to the default; neither is an error.
                 */
                limit?: components["parameters"]["Limit"];
                /** @description The initial index from which to return the results (default 0). A value that is not a non-negative integer counts as 0, as in django-rql; an offset past the end returns an empty page. */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description Filter for: type
                 *
                 *     **lookups:** eq, ne, in, out
                 */
                type?: components["parameters"]["AuditFilterType"];
                /**
                 * @description Filter for: actor.id (a user or token id)
                 *
                 *     **lookups:** eq, ne, null, in, out
                 */
                "actor.id"?: components["parameters"]["AuditFilterActorId"];
                /**
                 * @description Filter for: at. As a plain parameter it means `eq`; use `ge(at,…)`/`le(at,…)` for ranges.
                 *
                 *     **lookups:** gt, ge, lt, le
                 *
                 *     **ordering:** true
                 */
                at?: components["parameters"]["AuditFilterAt"];
            };
            header?: never;
            path: {
                /**
                 * @description Token id.
                 * @example SU-123-456-789
                 */
                pk: components["parameters"]["TokenPk"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit events. */
            200: {
                headers: {
                    "Content-Range": components["headers"]["Content-Range"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Filters": components["headers"]["X-Connect-Ignored-Filters"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEvent"][];
                };
            };
            /** @description `RQL_001` bad RQL or unknown filter; `VAL_001` bad `limit`/`offset`. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /**
                 * @description Number of results to return per page (default 100, at most 1000). `limit=0` returns an empty array and only
                 *     the total in `Content-Range`. As in django-rql's pagination, a larger value is capped at 1000, and a value
                 *     that is not a non-negative integer falls back to the default; neither is an error.
                 */
                limit?: components["parameters"]["Limit"];
                /** @description The initial index from which to return the results (default 0). A value that is not a non-negative integer counts as 0, as in django-rql; an offset past the end returns an empty page. */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description Filter for: type
                 *
                 *     **lookups:** eq, ne, in, out
                 */
                type?: components["parameters"]["AuditFilterType"];
                /**
                 * @description Filter for: token.id
                 *
                 *     **lookups:** eq, ne, null, in, out
                 */
                "token.id"?: components["schemas"]["TokenId"];
                /**
                 * @description Filter for: actor.id (a user or token id)
                 *
                 *     **lookups:** eq, ne, null, in, out
                 */
                "actor.id"?: components["parameters"]["AuditFilterActorId"];
                /**
                 * @description Filter for: at. As a plain parameter it means `eq`; use `ge(at,…)`/`le(at,…)` for ranges.
                 *
                 *     **lookups:** gt, ge, lt, le
                 *
                 *     **ordering:** true
                 */
                at?: components["parameters"]["AuditFilterAt"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit events. */
            200: {
                headers: {
                    "Content-Range": components["headers"]["Content-Range"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Filters": components["headers"]["X-Connect-Ignored-Filters"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEvent"][];
                };
            };
            /** @description `RQL_001` bad RQL or unknown filter; `VAL_001` bad `limit`/`offset`. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    checkTokenPolicy: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description (Addition.) A client-chosen unique key. Repeating the `POST` with the same key and the same body returns the
                 *     first response again without repeating the effect; the same key with a different request is `409 IDEM_001`.
                 *     Keys are scoped to the calling credential (on an endpoint with `authentication: none`, to the endpoint) and
                 *     to the operation.
                 * @example 7f2c1e0a-4b7d-4c55-9a1e-3f1d2b6c8e90
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Token id.
                 * @example SU-123-456-789
                 */
                pk: components["parameters"]["TokenPk"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "method": "DELETE",
                 *       "path": "/auth/tokens/SU-123-456-789",
                 *       "ip": "203.0.113.7"
                 *     }
                 */
                "application/json": components["schemas"]["PolicyCheckRequest"];
            };
        };
        responses: {
            /** @description The decision (also when the call would be denied). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Fields": components["headers"]["X-Connect-Ignored-Fields"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "allowed": false,
                     *       "error_code": "AUTH_005",
                     *       "reason": "Token SU-123-456-789 lacks module MD-0007 (Integrations)",
                     *       "rule": {
                     *         "kind": "module",
                     *         "value": "MD-0007"
                     *       },
                     *       "module": {
                     *         "id": "MD-0007",
                     *         "name": "Integrations"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PolicyDecision"];
                };
            };
            /** @description `VAL_001` invalid method, path or IP. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listModules: {
        parameters: {
            query?: {
                /**
                 * @description Number of results to return per page (default 100, at most 1000). `limit=0` returns an empty array and only
                 *     the total in `Content-Range`. As in django-rql's pagination, a larger value is capped at 1000, and a value
                 *     that is not a non-negative integer falls back to the default; neither is an error.
                 */
                limit?: components["parameters"]["Limit"];
                /** @description The initial index from which to return the results (default 0). A value that is not a non-negative integer counts as 0, as in django-rql; an offset past the end returns an empty page. */
                offset?: components["parameters"]["Offset"];
                /** @description Case-insensitive substring search over the fields listed in the operation's `x-rql.search`. */
                search?: components["parameters"]["Search"];
                /**
                 * @description Filter for: id
                 *
                 *     **lookups:** eq, ne, like, ilike, null, in, out
                 *
                 *     **search:** true
                 *
                 *     **ordering:** true
                 */
                id?: components["schemas"]["ModuleId"];
                /**
                 * @description Filter for: name
                 *
                 *     **lookups:** eq, ne, like, ilike, in, out
                 *
                 *     **search:** true
                 *
                 *     **ordering:** true
                 */
                name?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of modules. */
            200: {
                headers: {
                    "Content-Range": components["headers"]["Content-Range"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Filters": components["headers"]["X-Connect-Ignored-Filters"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Module"][];
                };
            };
            /** @description `RQL_001` bad RQL or unknown filter; `VAL_001` bad `limit`/`offset`. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    getModule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Module id.
                 * @example MD-0007
                 */
                pk: components["parameters"]["ModulePk"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The module. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Module"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listExtensions: {
        parameters: {
            query?: {
                /**
                 * @description Number of results to return per page (default 100, at most 1000). `limit=0` returns an empty array and only
                 *     the total in `Content-Range`. As in django-rql's pagination, a larger value is capped at 1000, and a value
                 *     that is not a non-negative integer falls back to the default; neither is an error.
                 */
                limit?: components["parameters"]["Limit"];
                /** @description The initial index from which to return the results (default 0). A value that is not a non-negative integer counts as 0, as in django-rql; an offset past the end returns an empty page. */
                offset?: components["parameters"]["Offset"];
                /** @description Case-insensitive substring search over the fields listed in the operation's `x-rql.search`. */
                search?: components["parameters"]["Search"];
                /**
                 * @description Filter for: id
                 *
                 *     **lookups:** eq, ne, like, ilike, null, in, out
                 *
                 *     **ordering:** true
                 */
                id?: components["schemas"]["ExtensionId"];
                /**
                 * @description Filter for: name
                 *
                 *     **lookups:** eq, ne, like, ilike, in, out
                 *
                 *     **ordering:** true
                 */
                name?: string;
                /**
                 * @description Filter for: system
                 *
                 *     **lookups:** eq, ne
                 */
                system?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of extensions. */
            200: {
                headers: {
                    "Content-Range": components["headers"]["Content-Range"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Filters": components["headers"]["X-Connect-Ignored-Filters"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Extension"][];
                };
            };
            /** @description `RQL_001` bad RQL or unknown filter; `VAL_001` bad `limit`/`offset`. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    getExtension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Extension id.
                 * @example EXT-000
                 */
                id: components["parameters"]["ExtensionIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The extension. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Extension"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    getIntegrationsSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationsSettings"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    updateIntegrationsSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "acl": {
                 *         "ips": [
                 *           {
                 *             "name": "Office",
                 *             "ip_range": [
                 *               "203.0.113.0/24",
                 *               "2001:db8::/32"
                 *             ]
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["IntegrationsSettings"];
            };
        };
        responses: {
            /** @description The new settings. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Fields": components["headers"]["X-Connect-Ignored-Fields"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationsSettings"];
                };
            };
            /** @description `VAL_001` invalid body (for example a malformed CIDR range). */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /**
                 * @description Number of results to return per page (default 100, at most 1000). `limit=0` returns an empty array and only
                 *     the total in `Content-Range`. As in django-rql's pagination, a larger value is capped at 1000, and a value
                 *     that is not a non-negative integer falls back to the default; neither is an error.
                 */
                limit?: components["parameters"]["Limit"];
                /** @description The initial index from which to return the results (default 0). A value that is not a non-negative integer counts as 0, as in django-rql; an offset past the end returns an empty page. */
                offset?: components["parameters"]["Offset"];
                /** @description Case-insensitive substring search over the fields listed in the operation's `x-rql.search`. */
                search?: components["parameters"]["Search"];
                /**
                 * @description Filter for: id
                 *
                 *     **lookups:** eq, ne, like, ilike, null, in, out
                 *
                 *     **search:** true
                 *
                 *     **ordering:** true
                 */
                id?: components["schemas"]["WebhookId"];
                /**
                 * @description Filter for: label
                 *
                 *     **lookups:** eq, ne, like, ilike, in, out
                 *
                 *     **search:** true
                 *
                 *     **ordering:** true
                 */
                label?: string;
                /**
                 * @description Filter for: description
                 *
                 *     **lookups:** eq, ne, like, ilike, null, in, out
                 *
                 *     **search:** true
                 */
                description?: string;
                /**
                 * @description Filter for: active
                 *
                 *     **lookups:** eq, ne
                 *
                 *     **ordering:** true
                 */
                active?: boolean;
                /**
                 * @description Filter for: type
                 *
                 *     **lookups:** eq, ne, like, ilike, in, out
                 *
                 *     **ordering:** true
                 */
                type?: components["schemas"]["WebhookType"];
                /**
                 * @description Filter for: object_class
                 *
                 *     **lookups:** eq, ne, in, out
                 */
                object_class?: components["schemas"]["WebhookObjectClass"];
                /**
                 * @description Filter for: product.id
                 *
                 *     **lookups:** eq, ne, like, ilike, null, in, out
                 *
                 *     **search:** true
                 */
                "product.id"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of webhooks. */
            200: {
                headers: {
                    "Content-Range": components["headers"]["Content-Range"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Filters": components["headers"]["X-Connect-Ignored-Filters"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"][];
                };
            };
            /** @description `RQL_001` bad RQL or unknown filter; `VAL_001` bad `limit`/`offset`. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description (Addition.) A client-chosen unique key. Repeating the `POST` with the same key and the same body returns the
                 *     first response again without repeating the effect; the same key with a different request is `409 IDEM_001`.
                 *     Keys are scoped to the calling credential (on an endpoint with `authentication: none`, to the endpoint) and
                 *     to the operation.
                 * @example 7f2c1e0a-4b7d-4c55-9a1e-3f1d2b6c8e90
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "object_class": "token",
                 *       "label": "Token changes to SIEM",
                 *       "description": "Forwards token lifecycle events",
                 *       "external_url": "https://hooks.example.org/connect",
                 *       "jwt_secret": "change-me-to-a-long-random-secret",
                 *       "active": true,
                 *       "http_method": "POST",
                 *       "events": [
                 *         "token.created",
                 *         "token.deleted",
                 *         "token.access_denied"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["WebhookCreate"];
            };
        };
        responses: {
            /** @description The new webhook. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Fields": components["headers"]["X-Connect-Ignored-Fields"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description `VAL_001` invalid body (for example a missing `product_id` for a Connect object class). */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Webhook id.
                 * @example WH-123-456-789
                 */
                id: components["parameters"]["WebhookIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Webhook id.
                 * @example WH-123-456-789
                 */
                id: components["parameters"]["WebhookIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookUpdate"];
            };
        };
        responses: {
            /** @description The updated webhook. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Fields": components["headers"]["X-Connect-Ignored-Fields"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description `VAL_001` invalid body. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Webhook id.
                 * @example WH-123-456-789
                 */
                id: components["parameters"]["WebhookIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    triggerWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description (Addition.) A client-chosen unique key. Repeating the `POST` with the same key and the same body returns the
                 *     first response again without repeating the effect; the same key with a different request is `409 IDEM_001`.
                 *     Keys are scoped to the calling credential (on an endpoint with `authentication: none`, to the endpoint) and
                 *     to the operation.
                 * @example 7f2c1e0a-4b7d-4c55-9a1e-3f1d2b6c8e90
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Webhook id.
                 * @example WH-123-456-789
                 */
                id: components["parameters"]["WebhookIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The outcome of the test delivery (a failed delivery is still a `200`). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookTriggerInfo"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    getTokenStatisticsSummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Token id.
                 * @example SU-123-456-789
                 */
                id: components["parameters"]["StatisticsTokenId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The summary. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenStatisticsSummary"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    getTokenStatisticsAggregates: {
        parameters: {
            query?: {
                /** @description (Addition.) The UTC day to aggregate, `YYYY-MM-DD`; today by default. */
                date?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Token id.
                 * @example SU-123-456-789
                 */
                id: components["parameters"]["StatisticsTokenId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token's requests on that day. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenStatisticsAggregate"];
                };
            };
            /** @description `VAL_001` a `date` that is not a `YYYY-MM-DD` day. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listAccounts: {
        parameters: {
            query?: {
                /**
                 * @description Number of results to return per page (default 100, at most 1000). `limit=0` returns an empty array and only
                 *     the total in `Content-Range`. As in django-rql's pagination, a larger value is capped at 1000, and a value
                 *     that is not a non-negative integer falls back to the default; neither is an error.
                 */
                limit?: components["parameters"]["Limit"];
                /** @description The initial index from which to return the results (default 0). A value that is not a non-negative integer counts as 0, as in django-rql; an offset past the end returns an empty page. */
                offset?: components["parameters"]["Offset"];
                /** @description Case-insensitive substring search over the fields listed in the operation's `x-rql.search`. */
                search?: components["parameters"]["Search"];
                /**
                 * @description Filter for: id
                 *
                 *     **lookups:** eq, ne, like, ilike, null, in, out
                 *
                 *     **search:** true
                 *
                 *     **ordering:** true
                 */
                id?: components["parameters"]["ResourceFilterId"];
                /**
                 * @description Filter for: name
                 *
                 *     **lookups:** eq, ne, like, ilike, null, in, out
                 *
                 *     **search:** true
                 *
                 *     **ordering:** true
                 */
                name?: components["parameters"]["ResourceFilterName"];
                /**
                 * @description Filter for: status
                 *
                 *     **lookups:** eq, ne, in, out
                 *
                 *     **ordering:** true
                 */
                status?: components["parameters"]["ResourceFilterStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of accounts. */
            200: {
                headers: {
                    "Content-Range": components["headers"]["Content-Range"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Filters": components["headers"]["X-Connect-Ignored-Filters"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModuleResource"][];
                };
            };
            /** @description `RQL_001` bad RQL or unknown filter; `VAL_001` bad `limit`/`offset`. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listAgreements: {
        parameters: {
            query?: {
                /**
                 * @description Number of results to return per page (default 100, at most 1000). `limit=0` returns an empty array and only
                 *     the total in `Content-Range`. As in django-rql's pagination, a larger value is capped at 1000, and a value
                 *     that is not a non-negative integer falls back to the default; neither is an error.
                 */
                limit?: components["parameters"]["Limit"];
                /** @description The initial index from which to return the results (default 0). A value that is not a non-negative integer counts as 0, as in django-rql; an offset past the end returns an empty page. */
                offset?: components["parameters"]["Offset"];
                /** @description Case-insensitive substring search over the fields listed in the operation's `x-rql.search`. */
                search?: components["parameters"]["Search"];
                /**
                 * @description Filter for: id
                 *
                 *     **lookups:** eq, ne, like, ilike, null, in, out
                 *
                 *     **search:** true
                 *
                 *     **ordering:** true
                 */
                id?: components["parameters"]["ResourceFilterId"];
                /**
                 * @description Filter for: name
                 *
                 *     **lookups:** eq, ne, like, ilike, null, in, out
                 *
                 *     **search:** true
                 *
                 *     **ordering:** true
                 */
                name?: components["parameters"]["ResourceFilterName"];
                /**
                 * @description Filter for: status
                 *
                 *     **lookups:** eq, ne, in, out
                 *
                 *     **ordering:** true
                 */
                status?: components["parameters"]["ResourceFilterStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of agreements. */
            200: {
                headers: {
                    "Content-Range": components["headers"]["Content-Range"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Filters": components["headers"]["X-Connect-Ignored-Filters"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModuleResource"][];
                };
            };
            /** @description `RQL_001` bad RQL or unknown filter; `VAL_001` bad `limit`/`offset`. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listProducts: {
        parameters: {
            query?: {
                /**
                 * @description Number of results to return per page (default 100, at most 1000). `limit=0` returns an empty array and only
                 *     the total in `Content-Range`. As in django-rql's pagination, a larger value is capped at 1000, and a value
                 *     that is not a non-negative integer falls back to the default; neither is an error.
                 */
                limit?: components["parameters"]["Limit"];
                /** @description The initial index from which to return the results (default 0). A value that is not a non-negative integer counts as 0, as in django-rql; an offset past the end returns an empty page. */
                offset?: components["parameters"]["Offset"];
                /** @description Case-insensitive substring search over the fields listed in the operation's `x-rql.search`. */
                search?: components["parameters"]["Search"];
                /**
                 * @description Filter for: id
                 *
                 *     **lookups:** eq, ne, like, ilike, null, in, out
                 *
                 *     **search:** true
                 *
                 *     **ordering:** true
                 */
                id?: components["parameters"]["ResourceFilterId"];
                /**
                 * @description Filter for: name
                 *
                 *     **lookups:** eq, ne, like, ilike, null, in, out
                 *
                 *     **search:** true
                 *
                 *     **ordering:** true
                 */
                name?: components["parameters"]["ResourceFilterName"];
                /**
                 * @description Filter for: status
                 *
                 *     **lookups:** eq, ne, in, out
                 *
                 *     **ordering:** true
                 */
                status?: components["parameters"]["ResourceFilterStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of products. */
            200: {
                headers: {
                    "Content-Range": components["headers"]["Content-Range"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Filters": components["headers"]["X-Connect-Ignored-Filters"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModuleResource"][];
                };
            };
            /** @description `RQL_001` bad RQL or unknown filter; `VAL_001` bad `limit`/`offset`. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listContracts: {
        parameters: {
            query?: {
                /**
                 * @description Number of results to return per page (default 100, at most 1000). `limit=0` returns an empty array and only
                 *     the total in `Content-Range`. As in django-rql's pagination, a larger value is capped at 1000, and a value
                 *     that is not a non-negative integer falls back to the default; neither is an error.
                 */
                limit?: components["parameters"]["Limit"];
                /** @description The initial index from which to return the results (default 0). A value that is not a non-negative integer counts as 0, as in django-rql; an offset past the end returns an empty page. */
                offset?: components["parameters"]["Offset"];
                /** @description Case-insensitive substring search over the fields listed in the operation's `x-rql.search`. */
                search?: components["parameters"]["Search"];
                /**
                 * @description Filter for: id
                 *
                 *     **lookups:** eq, ne, like, ilike, null, in, out
                 *
                 *     **search:** true
                 *
                 *     **ordering:** true
                 */
                id?: components["parameters"]["ResourceFilterId"];
                /**
                 * @description Filter for: name
                 *
                 *     **lookups:** eq, ne, like, ilike, null, in, out
                 *
                 *     **search:** true
                 *
                 *     **ordering:** true
                 */
                name?: components["parameters"]["ResourceFilterName"];
                /**
                 * @description Filter for: status
                 *
                 *     **lookups:** eq, ne, in, out
                 *
                 *     **ordering:** true
                 */
                status?: components["parameters"]["ResourceFilterStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of contracts. */
            200: {
                headers: {
                    "Content-Range": components["headers"]["Content-Range"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Filters": components["headers"]["X-Connect-Ignored-Filters"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModuleResource"][];
                };
            };
            /** @description `RQL_001` bad RQL or unknown filter; `VAL_001` bad `limit`/`offset`. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listTierAccounts: {
        parameters: {
            query?: {
                /**
                 * @description Number of results to return per page (default 100, at most 1000). `limit=0` returns an empty array and only
                 *     the total in `Content-Range`. As in django-rql's pagination, a larger value is capped at 1000, and a value
                 *     that is not a non-negative integer falls back to the default; neither is an error.
                 */
                limit?: components["parameters"]["Limit"];
                /** @description The initial index from which to return the results (default 0). A value that is not a non-negative integer counts as 0, as in django-rql; an offset past the end returns an empty page. */
                offset?: components["parameters"]["Offset"];
                /** @description Case-insensitive substring search over the fields listed in the operation's `x-rql.search`. */
                search?: components["parameters"]["Search"];
                /**
                 * @description Filter for: id
                 *
                 *     **lookups:** eq, ne, like, ilike, null, in, out
                 *
                 *     **search:** true
                 *
                 *     **ordering:** true
                 */
                id?: components["parameters"]["ResourceFilterId"];
                /**
                 * @description Filter for: name
                 *
                 *     **lookups:** eq, ne, like, ilike, null, in, out
                 *
                 *     **search:** true
                 *
                 *     **ordering:** true
                 */
                name?: components["parameters"]["ResourceFilterName"];
                /**
                 * @description Filter for: status
                 *
                 *     **lookups:** eq, ne, in, out
                 *
                 *     **ordering:** true
                 */
                status?: components["parameters"]["ResourceFilterStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tier (customer) accounts. */
            200: {
                headers: {
                    "Content-Range": components["headers"]["Content-Range"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Filters": components["headers"]["X-Connect-Ignored-Filters"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModuleResource"][];
                };
            };
            /** @description `RQL_001` bad RQL or unknown filter; `VAL_001` bad `limit`/`offset`. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listDevopsServices: {
        parameters: {
            query?: {
                /**
                 * @description Number of results to return per page (default 100, at most 1000). `limit=0` returns an empty array and only
                 *     the total in `Content-Range`. As in django-rql's pagination, a larger value is capped at 1000, and a value
                 *     that is not a non-negative integer falls back to the default; neither is an error.
                 */
                limit?: components["parameters"]["Limit"];
                /** @description The initial index from which to return the results (default 0). A value that is not a non-negative integer counts as 0, as in django-rql; an offset past the end returns an empty page. */
                offset?: components["parameters"]["Offset"];
                /** @description Case-insensitive substring search over the fields listed in the operation's `x-rql.search`. */
                search?: components["parameters"]["Search"];
                /**
                 * @description Filter for: id
                 *
                 *     **lookups:** eq, ne, like, ilike, null, in, out
                 *
                 *     **search:** true
                 *
                 *     **ordering:** true
                 */
                id?: components["parameters"]["ResourceFilterId"];
                /**
                 * @description Filter for: name
                 *
                 *     **lookups:** eq, ne, like, ilike, null, in, out
                 *
                 *     **search:** true
                 *
                 *     **ordering:** true
                 */
                name?: components["parameters"]["ResourceFilterName"];
                /**
                 * @description Filter for: status
                 *
                 *     **lookups:** eq, ne, in, out
                 *
                 *     **ordering:** true
                 */
                status?: components["parameters"]["ResourceFilterStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of DevOps services. */
            200: {
                headers: {
                    "Content-Range": components["headers"]["Content-Range"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Filters": components["headers"]["X-Connect-Ignored-Filters"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModuleResource"][];
                };
            };
            /** @description `RQL_001` bad RQL or unknown filter; `VAL_001` bad `limit`/`offset`. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listForms: {
        parameters: {
            query?: {
                /**
                 * @description Number of results to return per page (default 100, at most 1000). `limit=0` returns an empty array and only
                 *     the total in `Content-Range`. As in django-rql's pagination, a larger value is capped at 1000, and a value
                 *     that is not a non-negative integer falls back to the default; neither is an error.
                 */
                limit?: components["parameters"]["Limit"];
                /** @description The initial index from which to return the results (default 0). A value that is not a non-negative integer counts as 0, as in django-rql; an offset past the end returns an empty page. */
                offset?: components["parameters"]["Offset"];
                /** @description Case-insensitive substring search over the fields listed in the operation's `x-rql.search`. */
                search?: components["parameters"]["Search"];
                /**
                 * @description Filter for: id
                 *
                 *     **lookups:** eq, ne, like, ilike, null, in, out
                 *
                 *     **search:** true
                 *
                 *     **ordering:** true
                 */
                id?: components["parameters"]["ResourceFilterId"];
                /**
                 * @description Filter for: name
                 *
                 *     **lookups:** eq, ne, like, ilike, null, in, out
                 *
                 *     **search:** true
                 *
                 *     **ordering:** true
                 */
                name?: components["parameters"]["ResourceFilterName"];
                /**
                 * @description Filter for: status
                 *
                 *     **lookups:** eq, ne, in, out
                 *
                 *     **ordering:** true
                 */
                status?: components["parameters"]["ResourceFilterStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of forms. */
            200: {
                headers: {
                    "Content-Range": components["headers"]["Content-Range"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Filters": components["headers"]["X-Connect-Ignored-Filters"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModuleResource"][];
                };
            };
            /** @description `RQL_001` bad RQL or unknown filter; `VAL_001` bad `limit`/`offset`. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listHelpdeskCases: {
        parameters: {
            query?: {
                /**
                 * @description Number of results to return per page (default 100, at most 1000). `limit=0` returns an empty array and only
                 *     the total in `Content-Range`. As in django-rql's pagination, a larger value is capped at 1000, and a value
                 *     that is not a non-negative integer falls back to the default; neither is an error.
                 */
                limit?: components["parameters"]["Limit"];
                /** @description The initial index from which to return the results (default 0). A value that is not a non-negative integer counts as 0, as in django-rql; an offset past the end returns an empty page. */
                offset?: components["parameters"]["Offset"];
                /** @description Case-insensitive substring search over the fields listed in the operation's `x-rql.search`. */
                search?: components["parameters"]["Search"];
                /**
                 * @description Filter for: id
                 *
                 *     **lookups:** eq, ne, like, ilike, null, in, out
                 *
                 *     **search:** true
                 *
                 *     **ordering:** true
                 */
                id?: components["parameters"]["ResourceFilterId"];
                /**
                 * @description Filter for: name
                 *
                 *     **lookups:** eq, ne, like, ilike, null, in, out
                 *
                 *     **search:** true
                 *
                 *     **ordering:** true
                 */
                name?: components["parameters"]["ResourceFilterName"];
                /**
                 * @description Filter for: status
                 *
                 *     **lookups:** eq, ne, in, out
                 *
                 *     **ordering:** true
                 */
                status?: components["parameters"]["ResourceFilterStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of helpdesk cases. */
            200: {
                headers: {
                    "Content-Range": components["headers"]["Content-Range"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Filters": components["headers"]["X-Connect-Ignored-Filters"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModuleResource"][];
                };
            };
            /** @description `RQL_001` bad RQL or unknown filter; `VAL_001` bad `limit`/`offset`. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listListings: {
        parameters: {
            query?: {
                /**
                 * @description Number of results to return per page (default 100, at most 1000). `limit=0` returns an empty array and only
                 *     the total in `Content-Range`. As in django-rql's pagination, a larger value is capped at 1000, and a value
                 *     that is not a non-negative integer falls back to the default; neither is an error.
                 */
                limit?: components["parameters"]["Limit"];
                /** @description The initial index from which to return the results (default 0). A value that is not a non-negative integer counts as 0, as in django-rql; an offset past the end returns an empty page. */
                offset?: components["parameters"]["Offset"];
                /** @description Case-insensitive substring search over the fields listed in the operation's `x-rql.search`. */
                search?: components["parameters"]["Search"];
                /**
                 * @description Filter for: id
                 *
                 *     **lookups:** eq, ne, like, ilike, null, in, out
                 *
                 *     **search:** true
                 *
                 *     **ordering:** true
                 */
                id?: components["parameters"]["ResourceFilterId"];
                /**
                 * @description Filter for: name
                 *
                 *     **lookups:** eq, ne, like, ilike, null, in, out
                 *
                 *     **search:** true
                 *
                 *     **ordering:** true
                 */
                name?: components["parameters"]["ResourceFilterName"];
                /**
                 * @description Filter for: status
                 *
                 *     **lookups:** eq, ne, in, out
                 *
                 *     **ordering:** true
                 */
                status?: components["parameters"]["ResourceFilterStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of listings. */
            200: {
                headers: {
                    "Content-Range": components["headers"]["Content-Range"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Filters": components["headers"]["X-Connect-Ignored-Filters"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModuleResource"][];
                };
            };
            /** @description `RQL_001` bad RQL or unknown filter; `VAL_001` bad `limit`/`offset`. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listMarketplaces: {
        parameters: {
            query?: {
                /**
                 * @description Number of results to return per page (default 100, at most 1000). `limit=0` returns an empty array and only
                 *     the total in `Content-Range`. As in django-rql's pagination, a larger value is capped at 1000, and a value
                 *     that is not a non-negative integer falls back to the default; neither is an error.
                 */
                limit?: components["parameters"]["Limit"];
                /** @description The initial index from which to return the results (default 0). A value that is not a non-negative integer counts as 0, as in django-rql; an offset past the end returns an empty page. */
                offset?: components["parameters"]["Offset"];
                /** @description Case-insensitive substring search over the fields listed in the operation's `x-rql.search`. */
                search?: components["parameters"]["Search"];
                /**
                 * @description Filter for: id
                 *
                 *     **lookups:** eq, ne, like, ilike, null, in, out
                 *
                 *     **search:** true
                 *
                 *     **ordering:** true
                 */
                id?: components["parameters"]["ResourceFilterId"];
                /**
                 * @description Filter for: name
                 *
                 *     **lookups:** eq, ne, like, ilike, null, in, out
                 *
                 *     **search:** true
                 *
                 *     **ordering:** true
                 */
                name?: components["parameters"]["ResourceFilterName"];
                /**
                 * @description Filter for: status
                 *
                 *     **lookups:** eq, ne, in, out
                 *
                 *     **ordering:** true
                 */
                status?: components["parameters"]["ResourceFilterStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of marketplaces. */
            200: {
                headers: {
                    "Content-Range": components["headers"]["Content-Range"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Filters": components["headers"]["X-Connect-Ignored-Filters"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModuleResource"][];
                };
            };
            /** @description `RQL_001` bad RQL or unknown filter; `VAL_001` bad `limit`/`offset`. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listReports: {
        parameters: {
            query?: {
                /**
                 * @description Number of results to return per page (default 100, at most 1000). `limit=0` returns an empty array and only
                 *     the total in `Content-Range`. As in django-rql's pagination, a larger value is capped at 1000, and a value
                 *     that is not a non-negative integer falls back to the default; neither is an error.
                 */
                limit?: components["parameters"]["Limit"];
                /** @description The initial index from which to return the results (default 0). A value that is not a non-negative integer counts as 0, as in django-rql; an offset past the end returns an empty page. */
                offset?: components["parameters"]["Offset"];
                /** @description Case-insensitive substring search over the fields listed in the operation's `x-rql.search`. */
                search?: components["parameters"]["Search"];
                /**
                 * @description Filter for: id
                 *
                 *     **lookups:** eq, ne, like, ilike, null, in, out
                 *
                 *     **search:** true
                 *
                 *     **ordering:** true
                 */
                id?: components["parameters"]["ResourceFilterId"];
                /**
                 * @description Filter for: name
                 *
                 *     **lookups:** eq, ne, like, ilike, null, in, out
                 *
                 *     **search:** true
                 *
                 *     **ordering:** true
                 */
                name?: components["parameters"]["ResourceFilterName"];
                /**
                 * @description Filter for: status
                 *
                 *     **lookups:** eq, ne, in, out
                 *
                 *     **ordering:** true
                 */
                status?: components["parameters"]["ResourceFilterStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reports. */
            200: {
                headers: {
                    "Content-Range": components["headers"]["Content-Range"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Filters": components["headers"]["X-Connect-Ignored-Filters"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModuleResource"][];
                };
            };
            /** @description `RQL_001` bad RQL or unknown filter; `VAL_001` bad `limit`/`offset`. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listSubscriptionAssets: {
        parameters: {
            query?: {
                /**
                 * @description Number of results to return per page (default 100, at most 1000). `limit=0` returns an empty array and only
                 *     the total in `Content-Range`. As in django-rql's pagination, a larger value is capped at 1000, and a value
                 *     that is not a non-negative integer falls back to the default; neither is an error.
                 */
                limit?: components["parameters"]["Limit"];
                /** @description The initial index from which to return the results (default 0). A value that is not a non-negative integer counts as 0, as in django-rql; an offset past the end returns an empty page. */
                offset?: components["parameters"]["Offset"];
                /** @description Case-insensitive substring search over the fields listed in the operation's `x-rql.search`. */
                search?: components["parameters"]["Search"];
                /**
                 * @description Filter for: id
                 *
                 *     **lookups:** eq, ne, like, ilike, null, in, out
                 *
                 *     **search:** true
                 *
                 *     **ordering:** true
                 */
                id?: components["parameters"]["ResourceFilterId"];
                /**
                 * @description Filter for: name
                 *
                 *     **lookups:** eq, ne, like, ilike, null, in, out
                 *
                 *     **search:** true
                 *
                 *     **ordering:** true
                 */
                name?: components["parameters"]["ResourceFilterName"];
                /**
                 * @description Filter for: status
                 *
                 *     **lookups:** eq, ne, in, out
                 *
                 *     **ordering:** true
                 */
                status?: components["parameters"]["ResourceFilterStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of subscription assets. */
            200: {
                headers: {
                    "Content-Range": components["headers"]["Content-Range"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Filters": components["headers"]["X-Connect-Ignored-Filters"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModuleResource"][];
                };
            };
            /** @description `RQL_001` bad RQL or unknown filter; `VAL_001` bad `limit`/`offset`. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listEndpoints: {
        parameters: {
            query?: {
                /**
                 * @description Number of results to return per page (default 100, at most 1000). `limit=0` returns an empty array and only
                 *     the total in `Content-Range`. As in django-rql's pagination, a larger value is capped at 1000, and a value
                 *     that is not a non-negative integer falls back to the default; neither is an error.
                 */
                limit?: components["parameters"]["Limit"];
                /** @description The initial index from which to return the results (default 0). A value that is not a non-negative integer counts as 0, as in django-rql; an offset past the end returns an empty page. */
                offset?: components["parameters"]["Offset"];
                /** @description Case-insensitive substring search over the fields listed in the operation's `x-rql.search`. */
                search?: components["parameters"]["Search"];
                /**
                 * @description Filter for: id
                 *
                 *     **lookups:** eq, ne, like, ilike, in, out
                 *
                 *     **search:** true
                 *
                 *     **ordering:** true
                 */
                id?: components["schemas"]["EndpointId"];
                /**
                 * @description Filter for: name
                 *
                 *     **lookups:** eq, ne, like, ilike, in, out
                 *
                 *     **search:** true
                 *
                 *     **ordering:** true
                 */
                name?: string;
                /**
                 * @description Filter for: authentication
                 *
                 *     **lookups:** eq, ne, in, out
                 */
                authentication?: components["schemas"]["EndpointAuthentication"];
                /**
                 * @description Filter for: allow_delete
                 *
                 *     **lookups:** eq, ne
                 */
                allow_delete?: boolean;
                /**
                 * @description Filter for: events.created.at
                 *
                 *     **lookups:** eq, ne, gt, ge, lt, le
                 *
                 *     **ordering:** true
                 */
                "events.created.at"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of endpoints. */
            200: {
                headers: {
                    "Content-Range": components["headers"]["Content-Range"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Filters": components["headers"]["X-Connect-Ignored-Filters"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Endpoint"][];
                };
            };
            /** @description `RQL_001` bad RQL or unknown filter; `VAL_001` bad `limit`/`offset`. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    createEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description (Addition.) A client-chosen unique key. Repeating the `POST` with the same key and the same body returns the
                 *     first response again without repeating the effect; the same key with a different request is `409 IDEM_001`.
                 *     Keys are scoped to the calling credential (on an endpoint with `authentication: none`, to the endpoint) and
                 *     to the operation.
                 * @example 7f2c1e0a-4b7d-4c55-9a1e-3f1d2b6c8e90
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Orders inbox",
                 *       "description": "Receives order notifications from the shop",
                 *       "authentication": "token",
                 *       "allow_delete": false
                 *     }
                 */
                "application/json": components["schemas"]["EndpointCreate"];
            };
        };
        responses: {
            /** @description The new endpoint, with the full values of its primary tokens (shown only this once). */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Fields": components["headers"]["X-Connect-Ignored-Fields"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Endpoint"];
                };
            };
            /** @description `VAL_001` invalid body. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    getEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Endpoint id.
                 * @example EP-123-456
                 */
                id: components["parameters"]["EndpointIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Endpoint"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    updateEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Endpoint id.
                 * @example EP-123-456
                 */
                id: components["parameters"]["EndpointIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndpointUpdate"];
            };
        };
        responses: {
            /** @description The updated endpoint. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Fields": components["headers"]["X-Connect-Ignored-Fields"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Endpoint"];
                };
            };
            /** @description `VAL_001` invalid body. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    deleteEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Endpoint id.
                 * @example EP-123-456
                 */
                id: components["parameters"]["EndpointIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listEndpointPrimaryTokens: {
        parameters: {
            query?: {
                /**
                 * @description Number of results to return per page (default 100, at most 1000). `limit=0` returns an empty array and only
                 *     the total in `Content-Range`. As in django-rql's pagination, a larger value is capped at 1000, and a value
                 *     that is not a non-negative integer falls back to the default; neither is an error.
                 */
                limit?: components["parameters"]["Limit"];
                /** @description The initial index from which to return the results (default 0). A value that is not a non-negative integer counts as 0, as in django-rql; an offset past the end returns an empty page. */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description Filter for: method
                 *
                 *     **lookups:** eq, ne, in, out
                 *
                 *     **ordering:** true
                 */
                method?: components["schemas"]["EndpointMethod"];
            };
            header?: never;
            path: {
                /**
                 * @description Endpoint id.
                 * @example EP-123-456
                 */
                id: components["parameters"]["EndpointIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The primary tokens (values masked). */
            200: {
                headers: {
                    "Content-Range": components["headers"]["Content-Range"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Filters": components["headers"]["X-Connect-Ignored-Filters"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointPrimaryToken"][];
                };
            };
            /** @description `RQL_001` bad RQL or unknown filter; `VAL_001` bad `limit`/`offset`. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    regenerateEndpointPrimaryToken: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description (Addition.) A client-chosen unique key. Repeating the `POST` with the same key and the same body returns the
                 *     first response again without repeating the effect; the same key with a different request is `409 IDEM_001`.
                 *     Keys are scoped to the calling credential (on an endpoint with `authentication: none`, to the endpoint) and
                 *     to the operation.
                 * @example 7f2c1e0a-4b7d-4c55-9a1e-3f1d2b6c8e90
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Endpoint id.
                 * @example EP-123-456
                 */
                id: components["parameters"]["EndpointIdPath"];
                /**
                 * @description The method of the primary token.
                 * @example POST
                 */
                method: components["parameters"]["EndpointMethodPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The primary token with its full new value (shown only this once). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointPrimaryToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listEndpointTokens: {
        parameters: {
            query?: {
                /**
                 * @description Number of results to return per page (default 100, at most 1000). `limit=0` returns an empty array and only
                 *     the total in `Content-Range`. As in django-rql's pagination, a larger value is capped at 1000, and a value
                 *     that is not a non-negative integer falls back to the default; neither is an error.
                 */
                limit?: components["parameters"]["Limit"];
                /** @description The initial index from which to return the results (default 0). A value that is not a non-negative integer counts as 0, as in django-rql; an offset past the end returns an empty page. */
                offset?: components["parameters"]["Offset"];
                /** @description Case-insensitive substring search over the fields listed in the operation's `x-rql.search`. */
                search?: components["parameters"]["Search"];
                /**
                 * @description Filter for: id
                 *
                 *     **lookups:** eq, ne, like, ilike, in, out
                 *
                 *     **search:** true
                 *
                 *     **ordering:** true
                 */
                id?: components["schemas"]["EndpointTokenId"];
                /**
                 * @description Filter for: name
                 *
                 *     **lookups:** eq, ne, like, ilike, in, out
                 *
                 *     **search:** true
                 *
                 *     **ordering:** true
                 */
                name?: string;
                /**
                 * @description Filter for: status (without any `status` filter only `active` tokens are listed)
                 *
                 *     **lookups:** eq, ne, in, out
                 *
                 *     **ordering:** true
                 */
                status?: components["schemas"]["EndpointTokenStatus"];
                /**
                 * @description Filter for: events.created.at
                 *
                 *     **lookups:** eq, ne, gt, ge, lt, le
                 *
                 *     **ordering:** true
                 */
                "events.created.at"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of secondary endpoint tokens (values masked). */
            200: {
                headers: {
                    "Content-Range": components["headers"]["Content-Range"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Filters": components["headers"]["X-Connect-Ignored-Filters"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointToken"][];
                };
            };
            /** @description `RQL_001` bad RQL or unknown filter; `VAL_001` bad `limit`/`offset`. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    createEndpointToken: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description (Addition.) A client-chosen unique key. Repeating the `POST` with the same key and the same body returns the
                 *     first response again without repeating the effect; the same key with a different request is `409 IDEM_001`.
                 *     Keys are scoped to the calling credential (on an endpoint with `authentication: none`, to the endpoint) and
                 *     to the operation.
                 * @example 7f2c1e0a-4b7d-4c55-9a1e-3f1d2b6c8e90
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Shop backend",
                 *       "description": "Used by the shop to post orders"
                 *     }
                 */
                "application/json": components["schemas"]["EndpointTokenCreate"];
            };
        };
        responses: {
            /** @description The new token with its full value (shown only this once). */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Fields": components["headers"]["X-Connect-Ignored-Fields"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointToken"];
                };
            };
            /** @description `VAL_001` invalid body. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    getEndpointToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Secondary endpoint token id.
                 * @example EPT-123-456-789
                 */
                id: components["parameters"]["EndpointTokenIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token (value masked). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointToken"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    updateEndpointToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Secondary endpoint token id.
                 * @example EPT-123-456-789
                 */
                id: components["parameters"]["EndpointTokenIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndpointTokenUpdate"];
            };
        };
        responses: {
            /** @description The updated token (value masked). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Fields": components["headers"]["X-Connect-Ignored-Fields"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointToken"];
                };
            };
            /** @description `VAL_001` invalid body. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    deleteEndpointToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Secondary endpoint token id.
                 * @example EPT-123-456-789
                 */
                id: components["parameters"]["EndpointTokenIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    regenerateEndpointToken: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description (Addition.) A client-chosen unique key. Repeating the `POST` with the same key and the same body returns the
                 *     first response again without repeating the effect; the same key with a different request is `409 IDEM_001`.
                 *     Keys are scoped to the calling credential (on an endpoint with `authentication: none`, to the endpoint) and
                 *     to the operation.
                 * @example 7f2c1e0a-4b7d-4c55-9a1e-3f1d2b6c8e90
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Secondary endpoint token id.
                 * @example EPT-123-456-789
                 */
                id: components["parameters"]["EndpointTokenIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token with its full new value (shown only this once). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listEndpointMappings: {
        parameters: {
            query?: {
                /**
                 * @description Number of results to return per page (default 100, at most 1000). `limit=0` returns an empty array and only
                 *     the total in `Content-Range`. As in django-rql's pagination, a larger value is capped at 1000, and a value
                 *     that is not a non-negative integer falls back to the default; neither is an error.
                 */
                limit?: components["parameters"]["Limit"];
                /** @description The initial index from which to return the results (default 0). A value that is not a non-negative integer counts as 0, as in django-rql; an offset past the end returns an empty page. */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description Filter for: id
                 *
                 *     **lookups:** eq, ne, in, out
                 *
                 *     **ordering:** true
                 */
                id?: components["schemas"]["EndpointMappingId"];
                /**
                 * @description Filter for: endpoint_token.id
                 *
                 *     **lookups:** eq, ne, in, out
                 *
                 *     **ordering:** true
                 */
                "endpoint_token.id"?: components["schemas"]["EndpointTokenId"];
                /**
                 * @description Filter for: primary_token.method
                 *
                 *     **lookups:** eq, ne, in, out
                 *
                 *     **ordering:** true
                 */
                "primary_token.method"?: components["schemas"]["EndpointMethod"];
                /**
                 * @description Filter for: enabled
                 *
                 *     **lookups:** eq, ne
                 */
                enabled?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description Endpoint id.
                 * @example EP-123-456
                 */
                id: components["parameters"]["EndpointIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of mappings. */
            200: {
                headers: {
                    "Content-Range": components["headers"]["Content-Range"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Filters": components["headers"]["X-Connect-Ignored-Filters"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointMapping"][];
                };
            };
            /** @description `RQL_001` bad RQL or unknown filter; `VAL_001` bad `limit`/`offset`. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    createEndpointMapping: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description (Addition.) A client-chosen unique key. Repeating the `POST` with the same key and the same body returns the
                 *     first response again without repeating the effect; the same key with a different request is `409 IDEM_001`.
                 *     Keys are scoped to the calling credential (on an endpoint with `authentication: none`, to the endpoint) and
                 *     to the operation.
                 * @example 7f2c1e0a-4b7d-4c55-9a1e-3f1d2b6c8e90
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Endpoint id.
                 * @example EP-123-456
                 */
                id: components["parameters"]["EndpointIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "endpoint_token": {
                 *         "id": "EPT-123-456-789"
                 *       },
                 *       "primary_token": {
                 *         "method": "POST"
                 *       },
                 *       "enabled": true
                 *     }
                 */
                "application/json": components["schemas"]["EndpointMappingCreate"];
            };
        };
        responses: {
            /** @description The new mapping. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Fields": components["headers"]["X-Connect-Ignored-Fields"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointMapping"];
                };
            };
            /** @description `VAL_001` invalid body, unknown endpoint token, or no primary token for that method on this endpoint. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    updateEndpointMapping: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Endpoint id.
                 * @example EP-123-456
                 */
                id: components["parameters"]["EndpointIdPath"];
                /**
                 * @description Mapping id.
                 * @example EPM-123-456-789
                 */
                mapping_id: components["parameters"]["MappingIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndpointMappingUpdate"];
            };
        };
        responses: {
            /** @description The updated mapping. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Fields": components["headers"]["X-Connect-Ignored-Fields"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointMapping"];
                };
            };
            /** @description `VAL_001` invalid body. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    deleteEndpointMapping: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Endpoint id.
                 * @example EP-123-456
                 */
                id: components["parameters"]["EndpointIdPath"];
                /**
                 * @description Mapping id.
                 * @example EPM-123-456-789
                 */
                mapping_id: components["parameters"]["MappingIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listEndpointRecords: {
        parameters: {
            query?: {
                /**
                 * @description Number of results to return per page (default 100, at most 1000). `limit=0` returns an empty array and only
                 *     the total in `Content-Range`. As in django-rql's pagination, a larger value is capped at 1000, and a value
                 *     that is not a non-negative integer falls back to the default; neither is an error.
                 */
                limit?: components["parameters"]["Limit"];
                /** @description The initial index from which to return the results (default 0). A value that is not a non-negative integer counts as 0, as in django-rql; an offset past the end returns an empty page. */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description Filter for: id
                 *
                 *     **lookups:** eq, ne, in, out
                 */
                id?: components["schemas"]["EndpointRecordId"];
                /**
                 * @description Filter for: token.id (a primary or secondary endpoint token id)
                 *
                 *     **lookups:** eq, ne, null, in, out
                 */
                "token.id"?: components["schemas"]["EndpointTokenId"];
                /**
                 * @description Filter for: method
                 *
                 *     **lookups:** eq, ne, in, out
                 */
                method?: components["schemas"]["EndpointMethod"];
                /**
                 * @description Filter for: status (HTTP status of the answer)
                 *
                 *     **lookups:** eq, ne, gt, ge, lt, le, in, out
                 */
                status?: number;
                /**
                 * @description Filter for: at
                 *
                 *     **lookups:** gt, ge, lt, le
                 *
                 *     **ordering:** true
                 */
                at?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Endpoint id.
                 * @example EP-123-456
                 */
                id: components["parameters"]["EndpointIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records. */
            200: {
                headers: {
                    "Content-Range": components["headers"]["Content-Range"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Filters": components["headers"]["X-Connect-Ignored-Filters"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointRecord"][];
                };
            };
            /** @description `RQL_001` bad RQL or unknown filter; `VAL_001` bad `limit`/`offset`. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    getEndpointData: {
        parameters: {
            query?: {
                /**
                 * @description Number of results to return per page (default 100, at most 1000). `limit=0` returns an empty array and only
                 *     the total in `Content-Range`. As in django-rql's pagination, a larger value is capped at 1000, and a value
                 *     that is not a non-negative integer falls back to the default; neither is an error.
                 */
                limit?: components["parameters"]["Limit"];
                /** @description The initial index from which to return the results (default 0). A value that is not a non-negative integer counts as 0, as in django-rql; an offset past the end returns an empty page. */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description Filter for: id
                 *
                 *     **lookups:** eq, ne, in, out
                 */
                id?: components["schemas"]["EndpointRecordId"];
                /**
                 * @description Filter for: at
                 *
                 *     **lookups:** gt, ge, lt, le
                 *
                 *     **ordering:** true
                 */
                at?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Endpoint id.
                 * @example EP-123-456
                 */
                id: components["parameters"]["EndpointIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of stored documents. */
            200: {
                headers: {
                    "Content-Range": components["headers"]["Content-Range"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Filters": components["headers"]["X-Connect-Ignored-Filters"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointDataItem"][];
                };
            };
            /** @description `RQL_001` bad RQL or unknown filter; `VAL_001` bad `limit`/`offset`. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["EndpointUnauthorized"];
            403: components["responses"]["EndpointForbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    postEndpointData: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description (Addition.) A client-chosen unique key. Repeating the `POST` with the same key and the same body returns the
                 *     first response again without repeating the effect; the same key with a different request is `409 IDEM_001`.
                 *     Keys are scoped to the calling credential (on an endpoint with `authentication: none`, to the endpoint) and
                 *     to the operation.
                 * @example 7f2c1e0a-4b7d-4c55-9a1e-3f1d2b6c8e90
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Endpoint id.
                 * @example EP-123-456
                 */
                id: components["parameters"]["EndpointIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "order": "10042",
                 *       "total": 99.5
                 *     }
                 */
                "application/json": components["schemas"]["EndpointDataPayload"];
            };
        };
        responses: {
            /** @description The stored document. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Connect-Ignored-Fields": components["headers"]["X-Connect-Ignored-Fields"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointDataItem"];
                };
            };
            /** @description `VAL_001` the body is not a JSON object. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["EndpointUnauthorized"];
            403: components["responses"]["EndpointForbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    deleteEndpointData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Endpoint id.
                 * @example EP-123-456
                 */
                id: components["parameters"]["EndpointIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            401: components["responses"]["EndpointUnauthorized"];
            403: components["responses"]["EndpointForbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    receiveWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookDelivery"];
            };
        };
        responses: {
            /** @description Any `2xx` acknowledges the delivery (recorded in `last_success`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver rejected the signature; any non-`2xx` answer is recorded in `last_failure`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
