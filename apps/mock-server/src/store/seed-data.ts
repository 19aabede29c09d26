/**
 * The fixed world every platform starts with: one account, the 13 modules, the extension types, and a few resources
 * per module so that scoped tokens have something to read. Ids follow Connect's formats.
 */
import type { Random } from '../random';
import type { ActorRef, ExtensionRecord, ModuleRecord } from './types';

/** The single account every token belongs to. */
export const ACCOUNT: ActorRef & { icon: string } = {
  id: 'PA-000-000',
  name: 'Mock Provider Inc.',
  icon: '/media/PA-000-000/logo.png',
};

/** The user shown as the creator of seeded tokens. */
export const SYSTEM_USER: ActorRef = { id: 'UR-000-000-000', name: 'Mock Admin' };

/** The platform's modules, with the list each one guards. */
export const MODULES: readonly ModuleRecord[] = [
  { id: 'MD-0001', name: 'Account', description: 'Account settings and users.', resource_path: '/accounts' },
  { id: 'MD-0002', name: 'Agreements', description: 'Agreements between partners.', resource_path: '/agreements' },
  { id: 'MD-0003', name: 'Catalog', description: 'Products and their catalog.', resource_path: '/products' },
  { id: 'MD-0004', name: 'Contracts', description: 'Contracts.', resource_path: '/contracts' },
  { id: 'MD-0005', name: 'Customers', description: 'Customer (tier) accounts.', resource_path: '/tier/accounts' },
  { id: 'MD-0006', name: 'DevOps', description: 'DevOps services and extensions.', resource_path: '/devops/services' },
  {
    id: 'MD-0007',
    name: 'Integrations',
    description: 'API tokens, webhooks, endpoints and integration settings.',
    resource_path: null,
  },
  { id: 'MD-0008', name: 'Forms', description: 'Forms.', resource_path: '/forms' },
  { id: 'MD-0009', name: 'Helpdesk', description: 'Helpdesk cases.', resource_path: '/helpdesk/cases' },
  { id: 'MD-0010', name: 'Listings', description: 'Listings of products in marketplaces.', resource_path: '/listings' },
  { id: 'MD-0011', name: 'Marketplaces', description: 'Marketplaces.', resource_path: '/marketplaces' },
  { id: 'MD-0012', name: 'Reports', description: 'Reports.', resource_path: '/reporting/reports' },
  {
    id: 'MD-0013',
    name: 'Subscriptions',
    description: 'Subscriptions and assets.',
    resource_path: '/subscriptions/assets',
  },
];

/** The extension types a token can belong to. */
export const EXTENSIONS: readonly ExtensionRecord[] = [
  { id: 'EXT-000', name: 'Custom', type: 'custom', description: 'Custom integrations and scripts.' },
  { id: 'EXT-001', name: 'Reports', type: 'reports', description: 'The Reports extension.' },
  { id: 'EXT-002', name: 'Zapier', type: 'zapier', description: 'Zapier integration.' },
  { id: 'EXT-003', name: 'Flowgear', type: 'flowgear', description: 'Flowgear integration.' },
  { id: 'EXT-004', name: 'DevOps', type: 'devops', description: 'DevOps extensions runtime.' },
];

/** A resource of a module list (the spec's `ModuleResource`). */
export interface ModuleResource {
  id: string;
  name: string;
  status: string;
  events: { created: { at: string; by: ActorRef | null } };
}

const PREFIX: Record<string, string> = {
  'MD-0001': 'PA',
  'MD-0002': 'AGP',
  'MD-0003': 'PRD',
  'MD-0004': 'CRD',
  'MD-0005': 'TA',
  'MD-0006': 'SRVC',
  'MD-0008': 'FRM',
  'MD-0009': 'CA',
  'MD-0010': 'LST',
  'MD-0011': 'MP',
  'MD-0012': 'RP',
  'MD-0013': 'AS',
};

const NOUNS: Record<string, string[]> = {
  'MD-0001': ['Mock Provider Inc.', 'Mock Vendor Ltd.', 'Sample Reseller'],
  'MD-0002': ['Distribution Agreement', 'Program Agreement', 'Service Agreement'],
  'MD-0003': ['Cloud Backup', 'Office Suite', 'Antivirus Pro', 'Video Conferencing'],
  'MD-0004': ['Distribution Contract', 'Program Contract', 'Syndication Contract'],
  'MD-0005': ['Acme Corp', 'Globex', 'Initech', 'Umbrella'],
  'MD-0006': ['Fulfillment Automation', 'Usage Reporter', 'Webhook Relay'],
  'MD-0008': ['Onboarding Form', 'Upgrade Survey'],
  'MD-0009': ['Cannot activate subscription', 'Billing question', 'Feature request'],
  'MD-0010': ['Cloud Backup @ US', 'Office Suite @ EU', 'Antivirus Pro @ APAC'],
  'MD-0011': ['United States', 'European Union', 'Asia Pacific'],
  'MD-0012': ['Token usage', 'Subscriptions by product', 'Monthly revenue'],
  'MD-0013': ['Acme Corp - Cloud Backup', 'Globex - Office Suite', 'Initech - Antivirus Pro'],
};

/** A few resources per module list, with ids drawn from the seeded PRNG so they are stable for a seed. */
export function seedModuleResources(random: Random, baseTime: number): Map<string, ModuleResource[]> {
  const out = new Map<string, ModuleResource[]>();
  for (const module of MODULES) {
    if (!module.resource_path) continue;
    const prefix = PREFIX[module.id] ?? 'OBJ';
    const names = NOUNS[module.id] ?? ['Object'];
    out.set(
      module.id,
      names.map((name, i) => ({
        id: `${prefix}-${random.digits(3)}-${random.digits(3)}`,
        name,
        status: i === names.length - 1 ? 'inactive' : 'active',
        events: { created: { at: new Date(baseTime - (i + 1) * 86_400_000 * 7).toISOString(), by: SYSTEM_USER } },
      })),
    );
  }
  return out;
}

/** Words for realistic generated token names (`--seed-tokens`). */
export const TOKEN_NAME_PARTS = {
  /** Purposes of tokens of any extension without one of its own below. */
  purpose: [
    'Billing sync',
    'Usage upload',
    'Catalog import',
    'CRM bridge',
    'Fulfillment bot',
    'Helpdesk relay',
    'ERP connector',
    'Marketplace feed',
  ],
  /** The purpose a token of these extensions is always named after, so a name never contradicts its extension. */
  purposeOfExtension: { 'EXT-001': 'Reporting', 'EXT-002': 'Zapier' } as Readonly<Record<string, string>>,
  environment: ['production', 'staging', 'test', 'dev', 'eu-west', 'us-east'],
};
