-- Rows when finding 11's new structure is missing: the settings table, its one-row-per-tenant unique or
-- its cascading key to the tenant. Holds after the expand step and after the contract step alike.
SELECT 'table tenant_context_configs missing' AS problem, NULL::text AS detail
 WHERE to_regclass('public.tenant_context_configs') IS NULL
UNION ALL
SELECT 'unique index on tenant_context_configs("tenantId") missing', 'tenant_context_configs_tenantId_key'
 WHERE to_regclass('public."tenant_context_configs_tenantId_key"') IS NULL
UNION ALL
SELECT 'key of tenant_context_configs to its tenant missing', 'tenant_context_configs_tenantId_fkey'
 WHERE NOT EXISTS (SELECT 1 FROM pg_constraint c
                    WHERE c.conname = 'tenant_context_configs_tenantId_fkey' AND c.contype = 'f' AND c.confdeltype = 'c');
