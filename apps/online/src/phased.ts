// The phased chain (expand folders, backfills, contract folders) comes from @leadmetrics/db. This
// module is the one place that knows how to ask for it, so the harness runs it the moment the
// database package offers it, and says clearly why it cannot while it does not.
import type { Chain } from './chain.js';

export type PhasedChainAnswer = { chain: Chain } | { unavailable: string };

export async function loadPhasedChain(): Promise<PhasedChainAnswer> {
  return {
    unavailable:
      '@leadmetrics/db does not offer the phased chain (expand / backfill / contract) on this branch yet; only the single-transaction chain can run',
  };
}
