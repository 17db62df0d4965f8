/**
 * The domain modules, one file per domain of the schema (documenso style). Each registers overrides of the generic
 * generator for its models; together they plant every anomaly kind of the catalog. Usable alone from a test:
 * `generate({ domains: [seedBilling] })` runs the generic generator plus only that domain.
 */
import type { SeedContext } from '../context.js';
import { seedAgents } from './agents.js';
import { seedBilling } from './billing.js';
import { seedContent } from './content.js';
import { seedCrm } from './crm.js';
import { seedHelp } from './help.js';
import { seedOutreach } from './outreach.js';
import { seedSeo } from './seo.js';
import { seedStatuses } from './statuses.js';
import { seedTenancy } from './tenancy.js';
import { seedWeb } from './web.js';

/** A domain module registers overrides for the models of its domain. */
export type DomainModule = (ctx: SeedContext) => void;

/** Applied in this order; statuses last, because it touches every model's status after the domains are done. */
export const DEFAULT_DOMAINS: DomainModule[] = [
  seedTenancy,
  seedContent,
  seedAgents,
  seedBilling,
  seedCrm,
  seedOutreach,
  seedSeo,
  seedHelp,
  seedWeb,
  seedStatuses,
];

export { seedAgents, seedBilling, seedContent, seedCrm, seedHelp, seedOutreach, seedSeo, seedStatuses, seedTenancy, seedWeb };
