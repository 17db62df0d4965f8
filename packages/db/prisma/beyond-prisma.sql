-- What the corrected schema needs that Prisma's schema language cannot declare. `prisma migrate diff
-- --from-empty --to-schema` never prints these, and Prisma neither introspects nor drops them (a diff
-- between a database holding them and the schema is empty), so they live here: whoever builds the
-- corrected schema from scratch applies this file after Prisma's SQL, and verify's drift check does
-- exactly that before comparing catalogs. Each object also comes from the migration folder that
-- introduced it (named below), so the migrated database and a fresh one end up equal.

-- Keywords: one per tenant as people read them, whatever the case and spacing ('SEO tools',
-- ' seo  tools'): the comparison 20261129000010_f12_keyword_unique_per_tenant merged by. The plain
-- @@unique([tenantId, keyword]) stays for the client's findUnique / upsert by exact text.
CREATE UNIQUE INDEX "keywords_tenantId_keyword_normalized_key"
    ON "keywords" ("tenantId", lower(btrim(regexp_replace("keyword", '\s+', ' ', 'g'))));
