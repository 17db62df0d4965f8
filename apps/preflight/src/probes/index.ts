// The probe modules, by migration folder. A folder without a module changes no existing data (it only
// adds, drops or renames catalog objects), so there is nothing in the data for preflight to count.
import { probes as f01 } from './f01-membership-via-tenant-member.js';
import { probes as f02 } from './f02-activity-source-deliverable-fk.js';
import { probes as f04 } from './f04-crawl-cache-without-personal-data.js';
import { probes as f05 } from './f05-help-analytics-tenant-fk.js';
import { probes as f07 } from './f07-subscription-log.js';
import { probes as f08 } from './f08-unified-contact.js';
import { probes as f09 } from './f09-backlink-health-backlink-fk.js';
import { probes as f10 } from './f10-derive-invoice-reminder-count.js';
import { probes as f11 } from './f11-tenant-context-config.js';
import { probes as f12 } from './f12-keyword-unique-per-tenant.js';
import { probes as f13 } from './f13-faq-rows-for-versions.js';
import { probes as f15 } from './f15-credit-balance-created-at.js';
import { probes as f16 } from './f16-status-enums.js';
import type { FolderProbes } from './types.js';

export const FOLDER_PROBES: readonly FolderProbes[] = [f05, f02, f01, f04, f09, f10, f11, f12, f13, f15, f08, f16, f07];

const byFolder = new Map(FOLDER_PROBES.map((p) => [p.folder, p]));

export function probesFor(folder: string): FolderProbes | undefined {
  return byFolder.get(folder);
}

export type { AnomalyProbe, BlockerProbe, FolderProbes, ProbeContext } from './types.js';
