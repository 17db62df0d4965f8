-- What the corrected schema needs that Prisma's schema language cannot declare. `prisma migrate diff
-- --from-empty --to-schema` never prints these, and Prisma neither introspects nor drops them (a diff
-- between a database holding them and the schema is empty), so they live here: whoever builds the
-- corrected schema from scratch applies this file after Prisma's SQL, and verify's drift check does
-- exactly that before comparing catalogs. Each object also comes from the migration folder that
-- introduced it (named below), so the migrated database and a fresh one end up equal.

-- Keywords: one per tenant as people read them, whatever the case and spacing ('SEO tools',
-- ' seo  tools'): the comparison 20261129000010_f12_keyword_unique_per_tenant merged by. The plain
-- @@unique([tenantId, keyword]) stays for the client's findUnique / upsert by exact text. A live
-- database gets it CONCURRENTLY from 20261130000010_f12_keyword_unique_index_normalized; an empty one
-- has nothing to wait for.
CREATE UNIQUE INDEX "keywords_tenantId_keyword_normalized_key"
    ON "keywords" ("tenantId", lower(btrim(regexp_replace("keyword", '\s+', ' ', 'g'))));

-- Deleting a tenant deletes the users whose only membership it was: the accounts the legacy
-- users.tenantId cascade deleted with their tenant, minus those who still belong to another tenant
-- (they keep the account and lose the membership) and platform admins (accounts of the platform, not
-- of a tenant). BEFORE DELETE, so the memberships that say who belonged only here are still there.
CREATE FUNCTION "delete_users_only_in_tenant"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "users" u
   WHERE NOT u."isPlatformAdmin"
     AND u."id" IN (SELECT tm."userId" FROM "tenant_members" tm WHERE tm."tenantId" = OLD."id")
     AND NOT EXISTS (SELECT 1 FROM "tenant_members" other WHERE other."userId" = u."id" AND other."tenantId" <> OLD."id");
  RETURN OLD;
END
$$;
CREATE TRIGGER "tenants_delete_users_only_in_tenant" BEFORE DELETE ON "tenants"
  FOR EACH ROW EXECUTE FUNCTION "delete_users_only_in_tenant"();
