-- Finding 8: leads are looked up by their contact (a contact's leads, the SET NULL when a contact is
-- deleted). Built CONCURRENTLY so leads stays writable; alone in its folder because a concurrent build
-- cannot run in a transaction block.
CREATE INDEX CONCURRENTLY IF NOT EXISTS "leads_contactId_idx" ON "leads"("contactId");
