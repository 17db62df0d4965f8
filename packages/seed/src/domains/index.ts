import type { SeedContext } from '../context.js';

/** A domain module registers overrides for the models of its domain (documenso style: one file per domain). */
export type DomainModule = (ctx: SeedContext) => void;

/** Applied in this order; later modules may extend what earlier ones registered. */
export const DEFAULT_DOMAINS: DomainModule[] = [];
