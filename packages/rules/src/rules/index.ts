/**
 * Every rule, in alphabetical order of id. The engine runs them in this order; docs and config read ids from here.
 */
import type { Rule } from '../types.js';
import banConfusableModelNames from './ban-confusable-model-names.js';
import banDualMembership from './ban-dual-membership.js';
import banJsonArrayLog from './ban-json-array-log.js';
import banJsonSnapshotOfRelation from './ban-json-snapshot-of-relation.js';
import banParallelEntityModels from './ban-parallel-entity-models.js';
import banPersonalDataInSharedModel from './ban-personal-data-in-shared-model.js';
import banRedundantIndex from './ban-redundant-index.js';
import banUnguardedCounter from './ban-unguarded-counter.js';
import preferEnumForStatus from './prefer-enum-for-status.js';
import preferTypedConfig from './prefer-typed-config.js';
import requireCompanionRelation from './require-companion-relation.js';
import requireCreatedAt from './require-created-at.js';
import requireModelDoc from './require-model-doc.js';
import requireRelationForForeignKey from './require-relation-for-foreign-key.js';
import requireSnapshotComment from './require-snapshot-comment.js';
import requireSoftReferenceComment from './require-soft-reference-comment.js';
import requireTenantInUnique from './require-tenant-in-unique.js';
import requireTenantRelation from './require-tenant-relation.js';
import requireTenantScopedNaturalKeyIndex from './require-tenant-scoped-natural-key-index.js';

export const rules: Rule[] = [
  banConfusableModelNames,
  banDualMembership,
  banJsonArrayLog,
  banJsonSnapshotOfRelation,
  banParallelEntityModels,
  banPersonalDataInSharedModel,
  banRedundantIndex,
  banUnguardedCounter,
  preferEnumForStatus,
  preferTypedConfig,
  requireCompanionRelation,
  requireCreatedAt,
  requireModelDoc,
  requireRelationForForeignKey,
  requireSnapshotComment,
  requireSoftReferenceComment,
  requireTenantInUnique,
  requireTenantRelation,
  requireTenantScopedNaturalKeyIndex,
];
