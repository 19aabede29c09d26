import type { Bundle, Trigger, ZObject } from 'zapier-platform-core';
import { withConnect } from '../connect-client';
import { moduleSample } from '../samples';
import type { Module } from '../types';

/** The platform has a handful of modules: one request for all of them. */
async function perform(z: ZObject, bundle: Bundle): Promise<Module[]> {
  return withConnect(z, bundle, (client) => client.modules.list().toArray({ max: 1000 }));
}

/** Hidden trigger behind every "Module" dropdown. */
export const moduleList = {
  key: 'module_list',
  noun: 'Module',
  display: {
    label: 'List of Modules',
    description: 'Triggers when a module is available for permissions. Hidden: feeds the Module dropdowns.',
    hidden: true,
  },
  operation: {
    type: 'polling',
    perform,
    sample: moduleSample,
    outputFields: [
      { key: 'id', label: 'Module ID' },
      { key: 'name', label: 'Module Name' },
    ],
  },
} satisfies Trigger;
