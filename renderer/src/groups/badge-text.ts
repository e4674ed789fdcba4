import type { GroupStatus } from '../../../shared/model';

export interface BadgeState {
  status: GroupStatus;
  /** A resolution in force that still matches the group. */
  resolved?: boolean;
  /** A resolution exists but the group changed since. */
  stale?: boolean;
}

/** The label a badge shows, also used as the grid column's filter and quick-search text. */
export function badgeText(s: BadgeState): string {
  return s.status + (s.stale ? ' · stale' : s.resolved ? ' · resolved' : '');
}

/** The badge text of a live group (or '' for none), as the grid's Group status column shows it. */
export function groupBadgeText(g: { status: GroupStatus; resolution: unknown; stale: boolean } | null | undefined): string {
  return g ? badgeText({ status: g.status, resolved: g.resolution !== null && !g.stale, stale: g.stale }) : '';
}
