/**
 * GENERATED FILE: do not edit. Every operation of the spec with its guarding module and RQL rules.
 * Source: packages/protocol/openapi.yaml. Regenerate with `npm run generate -w @connect-tokens/protocol`.
 */

/** Every operation of the spec, keyed by operationId. */
export const operations = {
  "getAuthContext": {
    "method": "GET",
    "path": "/auth/context",
    "module": null
  },
  "listTokens": {
    "method": "GET",
    "path": "/auth/tokens",
    "module": "MD-0007",
    "rql": {
      "filters": {
        "id": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "in",
          "out"
        ],
        "name": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "in",
          "out"
        ],
        "description": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "empty"
        ],
        "status": [
          "eq",
          "ne",
          "in",
          "out"
        ],
        "external_id": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "in",
          "out"
        ],
        "extension.id": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "in",
          "out"
        ],
        "extension.name": [
          "eq",
          "ne",
          "like",
          "ilike",
          "in",
          "out"
        ],
        "events.created.at": [
          "eq",
          "ne",
          "gt",
          "ge",
          "lt",
          "le",
          "in",
          "out"
        ],
        "events.created.by.id": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "in",
          "out"
        ],
        "events.created.by.name": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "in",
          "out"
        ],
        "expiration_date": [
          "eq",
          "ne",
          "gt",
          "ge",
          "lt",
          "le",
          "null",
          "in",
          "out"
        ],
        "permissions.id": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "in",
          "out"
        ],
        "permissions.object.id": [
          "eq",
          "ne",
          "like",
          "ilike",
          "in",
          "out"
        ]
      },
      "ordering": [
        "id",
        "name",
        "status",
        "events.created.at",
        "expiration_date",
        "extension.id"
      ],
      "search": [
        "id",
        "name"
      ]
    }
  },
  "createToken": {
    "method": "POST",
    "path": "/auth/tokens",
    "module": "MD-0007"
  },
  "getToken": {
    "method": "GET",
    "path": "/auth/tokens/{pk}",
    "module": "MD-0007"
  },
  "updateToken": {
    "method": "PUT",
    "path": "/auth/tokens/{pk}",
    "module": "MD-0007"
  },
  "deleteToken": {
    "method": "DELETE",
    "path": "/auth/tokens/{pk}",
    "module": "MD-0007"
  },
  "activateToken": {
    "method": "POST",
    "path": "/auth/tokens/{pk}/activate",
    "module": "MD-0007"
  },
  "deactivateToken": {
    "method": "POST",
    "path": "/auth/tokens/{pk}/deactivate",
    "module": "MD-0007"
  },
  "renewToken": {
    "method": "POST",
    "path": "/auth/tokens/{pk}/renew",
    "module": "MD-0007"
  },
  "rotateToken": {
    "method": "POST",
    "path": "/auth/tokens/{pk}/rotate",
    "module": "MD-0007"
  },
  "listTokenPermissions": {
    "method": "GET",
    "path": "/auth/tokens/{token_pk}/permissions",
    "module": "MD-0007",
    "rql": {
      "filters": {
        "id": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "in",
          "out"
        ],
        "object.id": [
          "eq",
          "ne",
          "like",
          "ilike",
          "in",
          "out"
        ]
      },
      "ordering": [
        "id",
        "object.id"
      ],
      "search": [
        "id",
        "object.id"
      ]
    }
  },
  "grantTokenPermission": {
    "method": "POST",
    "path": "/auth/tokens/{token_pk}/permissions",
    "module": "MD-0007"
  },
  "revokeAllTokenPermissions": {
    "method": "DELETE",
    "path": "/auth/tokens/{token_pk}/permissions",
    "module": "MD-0007"
  },
  "revokeTokenPermission": {
    "method": "DELETE",
    "path": "/auth/tokens/{token_pk}/permissions/{id}",
    "module": "MD-0007"
  },
  "listTokenAuditEvents": {
    "method": "GET",
    "path": "/auth/tokens/{pk}/audit",
    "module": "MD-0007",
    "rql": {
      "filters": {
        "type": [
          "eq",
          "ne",
          "in",
          "out"
        ],
        "actor.id": [
          "eq",
          "ne",
          "null",
          "in",
          "out"
        ],
        "at": [
          "gt",
          "ge",
          "lt",
          "le"
        ]
      },
      "ordering": [
        "at"
      ],
      "search": []
    }
  },
  "listAuditEvents": {
    "method": "GET",
    "path": "/auth/audit",
    "module": "MD-0007",
    "rql": {
      "filters": {
        "type": [
          "eq",
          "ne",
          "in",
          "out"
        ],
        "token.id": [
          "eq",
          "ne",
          "null",
          "in",
          "out"
        ],
        "actor.id": [
          "eq",
          "ne",
          "null",
          "in",
          "out"
        ],
        "at": [
          "gt",
          "ge",
          "lt",
          "le"
        ]
      },
      "ordering": [
        "at"
      ],
      "search": []
    }
  },
  "checkTokenPolicy": {
    "method": "POST",
    "path": "/auth/tokens/{pk}/check",
    "module": "MD-0007"
  },
  "listModules": {
    "method": "GET",
    "path": "/modules",
    "module": null,
    "rql": {
      "filters": {
        "id": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "in",
          "out"
        ],
        "name": [
          "eq",
          "ne",
          "like",
          "ilike",
          "in",
          "out"
        ]
      },
      "ordering": [
        "id",
        "name"
      ],
      "search": [
        "id",
        "name"
      ]
    }
  },
  "getModule": {
    "method": "GET",
    "path": "/modules/{pk}",
    "module": null
  },
  "listExtensions": {
    "method": "GET",
    "path": "/extensions",
    "module": null,
    "rql": {
      "filters": {
        "id": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "in",
          "out"
        ],
        "name": [
          "eq",
          "ne",
          "like",
          "ilike",
          "in",
          "out"
        ],
        "system": [
          "eq",
          "ne"
        ]
      },
      "ordering": [
        "id",
        "name"
      ],
      "search": [
        "id",
        "name"
      ]
    }
  },
  "getExtension": {
    "method": "GET",
    "path": "/extensions/{id}",
    "module": null
  },
  "getIntegrationsSettings": {
    "method": "GET",
    "path": "/modules/integrations/settings",
    "module": "MD-0007"
  },
  "updateIntegrationsSettings": {
    "method": "PUT",
    "path": "/modules/integrations/settings",
    "module": "MD-0007"
  },
  "listWebhooks": {
    "method": "GET",
    "path": "/notifications/webhooks",
    "module": "MD-0007",
    "rql": {
      "filters": {
        "id": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "in",
          "out"
        ],
        "label": [
          "eq",
          "ne",
          "like",
          "ilike",
          "in",
          "out"
        ],
        "description": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "in",
          "out"
        ],
        "active": [
          "eq",
          "ne"
        ],
        "type": [
          "eq",
          "ne",
          "like",
          "ilike",
          "in",
          "out"
        ],
        "object_class": [
          "eq",
          "ne",
          "in",
          "out"
        ],
        "product.id": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "in",
          "out"
        ]
      },
      "ordering": [
        "id",
        "label",
        "active",
        "type",
        "created_at"
      ],
      "search": [
        "id",
        "label",
        "description",
        "product.id"
      ]
    }
  },
  "createWebhook": {
    "method": "POST",
    "path": "/notifications/webhooks",
    "module": "MD-0007"
  },
  "getWebhook": {
    "method": "GET",
    "path": "/notifications/webhooks/{id}",
    "module": "MD-0007"
  },
  "updateWebhook": {
    "method": "PUT",
    "path": "/notifications/webhooks/{id}",
    "module": "MD-0007"
  },
  "deleteWebhook": {
    "method": "DELETE",
    "path": "/notifications/webhooks/{id}",
    "module": "MD-0007"
  },
  "triggerWebhook": {
    "method": "POST",
    "path": "/notifications/webhooks/{id}/trigger",
    "module": "MD-0007"
  },
  "getTokenStatisticsSummary": {
    "method": "GET",
    "path": "/statistics/tokens/{id}/summary",
    "module": "MD-0007"
  },
  "getTokenStatisticsAggregates": {
    "method": "GET",
    "path": "/statistics/tokens/{id}/aggregates",
    "module": "MD-0007"
  },
  "listAccounts": {
    "method": "GET",
    "path": "/accounts",
    "module": "MD-0001",
    "rql": {
      "filters": {
        "id": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "in",
          "out"
        ],
        "name": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "in",
          "out"
        ],
        "status": [
          "eq",
          "ne",
          "in",
          "out"
        ]
      },
      "ordering": [
        "id",
        "name",
        "status",
        "events.created.at"
      ],
      "search": [
        "id",
        "name"
      ]
    }
  },
  "listAgreements": {
    "method": "GET",
    "path": "/agreements",
    "module": "MD-0002",
    "rql": {
      "filters": {
        "id": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "in",
          "out"
        ],
        "name": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "in",
          "out"
        ],
        "status": [
          "eq",
          "ne",
          "in",
          "out"
        ]
      },
      "ordering": [
        "id",
        "name",
        "status",
        "events.created.at"
      ],
      "search": [
        "id",
        "name"
      ]
    }
  },
  "listProducts": {
    "method": "GET",
    "path": "/products",
    "module": "MD-0003",
    "rql": {
      "filters": {
        "id": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "in",
          "out"
        ],
        "name": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "in",
          "out"
        ],
        "status": [
          "eq",
          "ne",
          "in",
          "out"
        ]
      },
      "ordering": [
        "id",
        "name",
        "status",
        "events.created.at"
      ],
      "search": [
        "id",
        "name"
      ]
    }
  },
  "listContracts": {
    "method": "GET",
    "path": "/contracts",
    "module": "MD-0004",
    "rql": {
      "filters": {
        "id": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "in",
          "out"
        ],
        "name": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "in",
          "out"
        ],
        "status": [
          "eq",
          "ne",
          "in",
          "out"
        ]
      },
      "ordering": [
        "id",
        "name",
        "status",
        "events.created.at"
      ],
      "search": [
        "id",
        "name"
      ]
    }
  },
  "listTierAccounts": {
    "method": "GET",
    "path": "/tier/accounts",
    "module": "MD-0005",
    "rql": {
      "filters": {
        "id": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "in",
          "out"
        ],
        "name": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "in",
          "out"
        ],
        "status": [
          "eq",
          "ne",
          "in",
          "out"
        ]
      },
      "ordering": [
        "id",
        "name",
        "status",
        "events.created.at"
      ],
      "search": [
        "id",
        "name"
      ]
    }
  },
  "listDevopsServices": {
    "method": "GET",
    "path": "/devops/services",
    "module": "MD-0006",
    "rql": {
      "filters": {
        "id": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "in",
          "out"
        ],
        "name": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "in",
          "out"
        ],
        "status": [
          "eq",
          "ne",
          "in",
          "out"
        ]
      },
      "ordering": [
        "id",
        "name",
        "status",
        "events.created.at"
      ],
      "search": [
        "id",
        "name"
      ]
    }
  },
  "listForms": {
    "method": "GET",
    "path": "/forms",
    "module": "MD-0008",
    "rql": {
      "filters": {
        "id": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "in",
          "out"
        ],
        "name": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "in",
          "out"
        ],
        "status": [
          "eq",
          "ne",
          "in",
          "out"
        ]
      },
      "ordering": [
        "id",
        "name",
        "status",
        "events.created.at"
      ],
      "search": [
        "id",
        "name"
      ]
    }
  },
  "listHelpdeskCases": {
    "method": "GET",
    "path": "/helpdesk/cases",
    "module": "MD-0009",
    "rql": {
      "filters": {
        "id": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "in",
          "out"
        ],
        "name": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "in",
          "out"
        ],
        "status": [
          "eq",
          "ne",
          "in",
          "out"
        ]
      },
      "ordering": [
        "id",
        "name",
        "status",
        "events.created.at"
      ],
      "search": [
        "id",
        "name"
      ]
    }
  },
  "listListings": {
    "method": "GET",
    "path": "/listings",
    "module": "MD-0010",
    "rql": {
      "filters": {
        "id": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "in",
          "out"
        ],
        "name": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "in",
          "out"
        ],
        "status": [
          "eq",
          "ne",
          "in",
          "out"
        ]
      },
      "ordering": [
        "id",
        "name",
        "status",
        "events.created.at"
      ],
      "search": [
        "id",
        "name"
      ]
    }
  },
  "listMarketplaces": {
    "method": "GET",
    "path": "/marketplaces",
    "module": "MD-0011",
    "rql": {
      "filters": {
        "id": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "in",
          "out"
        ],
        "name": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "in",
          "out"
        ],
        "status": [
          "eq",
          "ne",
          "in",
          "out"
        ]
      },
      "ordering": [
        "id",
        "name",
        "status",
        "events.created.at"
      ],
      "search": [
        "id",
        "name"
      ]
    }
  },
  "listReports": {
    "method": "GET",
    "path": "/reporting/reports",
    "module": "MD-0012",
    "rql": {
      "filters": {
        "id": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "in",
          "out"
        ],
        "name": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "in",
          "out"
        ],
        "status": [
          "eq",
          "ne",
          "in",
          "out"
        ]
      },
      "ordering": [
        "id",
        "name",
        "status",
        "events.created.at"
      ],
      "search": [
        "id",
        "name"
      ]
    }
  },
  "listSubscriptionAssets": {
    "method": "GET",
    "path": "/subscriptions/assets",
    "module": "MD-0013",
    "rql": {
      "filters": {
        "id": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "in",
          "out"
        ],
        "name": [
          "eq",
          "ne",
          "like",
          "ilike",
          "null",
          "in",
          "out"
        ],
        "status": [
          "eq",
          "ne",
          "in",
          "out"
        ]
      },
      "ordering": [
        "id",
        "name",
        "status",
        "events.created.at"
      ],
      "search": [
        "id",
        "name"
      ]
    }
  },
  "listEndpoints": {
    "method": "GET",
    "path": "/integrations/endpoints",
    "module": "MD-0007",
    "rql": {
      "filters": {
        "id": [
          "eq",
          "ne",
          "like",
          "ilike",
          "in",
          "out"
        ],
        "name": [
          "eq",
          "ne",
          "like",
          "ilike",
          "in",
          "out"
        ],
        "authentication": [
          "eq",
          "ne",
          "in",
          "out"
        ],
        "allow_delete": [
          "eq",
          "ne"
        ],
        "events.created.at": [
          "eq",
          "ne",
          "gt",
          "ge",
          "lt",
          "le"
        ]
      },
      "ordering": [
        "id",
        "name",
        "events.created.at"
      ],
      "search": [
        "id",
        "name"
      ]
    }
  },
  "createEndpoint": {
    "method": "POST",
    "path": "/integrations/endpoints",
    "module": "MD-0007"
  },
  "getEndpoint": {
    "method": "GET",
    "path": "/integrations/endpoints/{id}",
    "module": "MD-0007"
  },
  "updateEndpoint": {
    "method": "PUT",
    "path": "/integrations/endpoints/{id}",
    "module": "MD-0007"
  },
  "deleteEndpoint": {
    "method": "DELETE",
    "path": "/integrations/endpoints/{id}",
    "module": "MD-0007"
  },
  "listEndpointPrimaryTokens": {
    "method": "GET",
    "path": "/integrations/endpoints/{id}/tokens",
    "module": "MD-0007",
    "rql": {
      "filters": {
        "method": [
          "eq",
          "ne",
          "in",
          "out"
        ]
      },
      "ordering": [
        "method"
      ],
      "search": []
    }
  },
  "regenerateEndpointPrimaryToken": {
    "method": "POST",
    "path": "/integrations/endpoints/{id}/tokens/{method}/regenerate",
    "module": "MD-0007"
  },
  "listEndpointTokens": {
    "method": "GET",
    "path": "/integrations/endpoint-tokens",
    "module": "MD-0007",
    "rql": {
      "filters": {
        "id": [
          "eq",
          "ne",
          "like",
          "ilike",
          "in",
          "out"
        ],
        "name": [
          "eq",
          "ne",
          "like",
          "ilike",
          "in",
          "out"
        ],
        "status": [
          "eq",
          "ne",
          "in",
          "out"
        ],
        "events.created.at": [
          "eq",
          "ne",
          "gt",
          "ge",
          "lt",
          "le"
        ]
      },
      "ordering": [
        "id",
        "name",
        "status",
        "events.created.at"
      ],
      "search": [
        "id",
        "name"
      ]
    }
  },
  "createEndpointToken": {
    "method": "POST",
    "path": "/integrations/endpoint-tokens",
    "module": "MD-0007"
  },
  "getEndpointToken": {
    "method": "GET",
    "path": "/integrations/endpoint-tokens/{id}",
    "module": "MD-0007"
  },
  "updateEndpointToken": {
    "method": "PUT",
    "path": "/integrations/endpoint-tokens/{id}",
    "module": "MD-0007"
  },
  "deleteEndpointToken": {
    "method": "DELETE",
    "path": "/integrations/endpoint-tokens/{id}",
    "module": "MD-0007"
  },
  "regenerateEndpointToken": {
    "method": "POST",
    "path": "/integrations/endpoint-tokens/{id}/regenerate",
    "module": "MD-0007"
  },
  "listEndpointMappings": {
    "method": "GET",
    "path": "/integrations/endpoints/{id}/mappings",
    "module": "MD-0007",
    "rql": {
      "filters": {
        "id": [
          "eq",
          "ne",
          "in",
          "out"
        ],
        "endpoint_token.id": [
          "eq",
          "ne",
          "in",
          "out"
        ],
        "primary_token.method": [
          "eq",
          "ne",
          "in",
          "out"
        ],
        "enabled": [
          "eq",
          "ne"
        ]
      },
      "ordering": [
        "id",
        "endpoint_token.id",
        "primary_token.method"
      ],
      "search": []
    }
  },
  "createEndpointMapping": {
    "method": "POST",
    "path": "/integrations/endpoints/{id}/mappings",
    "module": "MD-0007"
  },
  "updateEndpointMapping": {
    "method": "PUT",
    "path": "/integrations/endpoints/{id}/mappings/{mapping_id}",
    "module": "MD-0007"
  },
  "deleteEndpointMapping": {
    "method": "DELETE",
    "path": "/integrations/endpoints/{id}/mappings/{mapping_id}",
    "module": "MD-0007"
  },
  "listEndpointRecords": {
    "method": "GET",
    "path": "/integrations/endpoints/{id}/records",
    "module": "MD-0007",
    "rql": {
      "filters": {
        "id": [
          "eq",
          "ne",
          "in",
          "out"
        ],
        "token.id": [
          "eq",
          "ne",
          "null",
          "in",
          "out"
        ],
        "method": [
          "eq",
          "ne",
          "in",
          "out"
        ],
        "status": [
          "eq",
          "ne",
          "gt",
          "ge",
          "lt",
          "le",
          "in",
          "out"
        ],
        "at": [
          "gt",
          "ge",
          "lt",
          "le"
        ]
      },
      "ordering": [
        "at"
      ],
      "search": []
    }
  },
  "getEndpointData": {
    "method": "GET",
    "path": "/integrations/endpoints/{id}/data",
    "module": null,
    "rql": {
      "filters": {
        "id": [
          "eq",
          "ne",
          "in",
          "out"
        ],
        "at": [
          "gt",
          "ge",
          "lt",
          "le"
        ]
      },
      "ordering": [
        "at"
      ],
      "search": []
    }
  },
  "postEndpointData": {
    "method": "POST",
    "path": "/integrations/endpoints/{id}/data",
    "module": null
  },
  "deleteEndpointData": {
    "method": "DELETE",
    "path": "/integrations/endpoints/{id}/data",
    "module": null
  }
} as const;

/** The operationIds of the spec. */
export type OperationId = keyof typeof operations;
