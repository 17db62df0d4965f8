-- Forgets where every phased finding stood. Revert the phased folders first: their contract
-- folders call these functions.
DROP SCHEMA "online_migration" CASCADE;
