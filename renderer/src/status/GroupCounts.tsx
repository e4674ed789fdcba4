import { REVIEW_STATUSES } from '../../../shared/crosscheck';
import { useGroups } from '../groups/groups-store';

/** Open groups per status, worst first, in the status line: "Open groups: 2 conflict · 1 compatible" (issue 4). */
export function GroupCounts() {
  const { counts } = useGroups();
  if (!counts) return null;
  const open = REVIEW_STATUSES.filter((s) => counts[s].open > 0).map((s) => `${counts[s].open} ${s}`);
  return <span aria-label="Open groups">{open.length ? `Open groups: ${open.join(' · ')}` : 'No open groups'}</span>;
}
