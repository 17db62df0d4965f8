// The probe modules, by migration folder; each lives in its folder as probe.ts. A folder without a module
// changes no existing data (it only adds, drops or renames catalog objects), so there is nothing in the data
// for preflight to count.
import { probes as f01 } from '../../prisma/migrations/20261129000005_f01_membership_via_tenant_member/probe.js';
import { probes as f02 } from '../../prisma/migrations/20261129000004_f02_activity_source_deliverable_fk/probe.js';
import { probes as f04 } from '../../prisma/migrations/20261129000006_f04_crawl_cache_without_personal_data/probe.js';
import { probes as f05 } from '../../prisma/migrations/20261129000003_f05_help_analytics_tenant_fk/probe.js';
import { probes as f07 } from '../../prisma/migrations/20261129000017_f07_subscription_log/probe.js';
import { probes as f08 } from '../../prisma/migrations/20261129000015_f08_unified_contact/probe.js';
import { probes as f09 } from '../../prisma/migrations/20261129000007_f09_backlink_health_backlink_fk/probe.js';
import { probes as f10 } from '../../prisma/migrations/20261129000008_f10_derive_invoice_reminder_count/probe.js';
import { probes as f11 } from '../../prisma/migrations/20261129000009_f11_tenant_context_config/probe.js';
import { probes as f12 } from '../../prisma/migrations/20261129000010_f12_keyword_unique_per_tenant/probe.js';
import { probes as f13 } from '../../prisma/migrations/20261129000011_f13_faq_rows_for_versions/probe.js';
import { probes as f15 } from '../../prisma/migrations/20261129000013_f15_credit_balance_created_at/probe.js';
import { probes as f16 } from '../../prisma/migrations/20261129000016_f16_status_enums/probe.js';
import type { FolderProbes } from './probes.js';

export const FOLDER_PROBES: readonly FolderProbes[] = [f05, f02, f01, f04, f09, f10, f11, f12, f13, f15, f08, f16, f07];

const byFolder = new Map(FOLDER_PROBES.map((p) => [p.folder, p]));

export function probesFor(folder: string): FolderProbes | undefined {
  return byFolder.get(folder);
}
