'use strict';
// Server-level chores the engine binary does outside its RPC loop (`schema-engine cli ...`):
// check a connection, create or drop the database a URL names. Done with pg directly; the wasm
// engine has no such commands.

const { describeUrl, withClient, withDatabase } = require('./connection.cjs');
const { dropDatabase } = require('./pg-adapter.cjs');

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

module.exports = { canConnect, createDatabase, dropTargetDatabase };
