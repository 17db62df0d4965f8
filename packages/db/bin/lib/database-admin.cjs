'use strict';
// Server-level chores done with pg directly, which the wasm engine has no commands for: the
// binary's `cli` subcommands (check a connection, create or drop the database a URL names) and
// the bridge's shadow-database handling (wipe one, drop a temporary one).

const { describeUrl, withClient, withDatabase } = require('./connection.cjs');

/** Maintenance databases to connect to when the target database itself may not exist. */
const MAINTENANCE_DATABASES = ['postgres', 'template1'];

async function canConnect(url) {
  await withClient(url, (client) => client.query('SELECT 1'));
}

async function onMaintenanceDatabase(url, fn) {
  let lastError;
  for (const database of MAINTENANCE_DATABASES) {
    try {
      return await withClient(withDatabase(url, database), fn);
    } catch (error) {
      if (error.code !== '3D000') throw error; // only "database does not exist" is worth another try
      lastError = error;
    }
  }
  throw lastError;
}

/** @returns {Promise<{ databaseName: string }>} */
async function createDatabase(url) {
  const { database } = describeUrl(url);
  await onMaintenanceDatabase(url, async (client) => {
    try {
      await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
    } catch (error) {
      if (error.code !== '42P04') throw error; // already there: nothing to do
    }
  });
  return { databaseName: database };
}

async function dropTargetDatabase(url) {
  const { database } = describeUrl(url);
  const maintenance = withDatabase(url, database === 'postgres' ? 'template1' : 'postgres');
  await dropDatabase(maintenance, database.replaceAll('"', '""'));
}

/** Drop every user schema of a database and recreate an empty `public`. */
async function wipeDatabase(url) {
  await withClient(url, (client) =>
    client.query(`
      DO $$
      DECLARE s record;
      BEGIN
        FOR s IN
          SELECT nspname FROM pg_namespace
          WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
            AND nspname NOT LIKE 'pg_temp_%' AND nspname NOT LIKE 'pg_toast_temp_%'
        LOOP
          EXECUTE format('DROP SCHEMA %I CASCADE', s.nspname);
        END LOOP;
      END $$;
      CREATE SCHEMA public;`),
  );
}

async function dropDatabase(serverUrl, name) {
  await withClient(serverUrl, async (client) => {
    try {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } catch (error) {
      if (error.code !== '42601') throw error; // WITH (FORCE) needs PostgreSQL 13+
      await client.query(`DROP DATABASE IF EXISTS "${name}"`);
    }
  });
}

module.exports = { canConnect, createDatabase, dropTargetDatabase, dropDatabase, wipeDatabase };
