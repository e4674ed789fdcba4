import type { GroupStatus } from '../../../shared/model';
import './groups.css';

/** A symbol beside each word, so the badge reads without colour (and without the word, at a glance). */
const SYMBOL: Record<GroupStatus, string> = {
  single: '•',
  agree: '=',
  compatible: '≈',
  conflict: '✕',
  incomparable: '≠',
};

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

/** A group's status as a coloured, labelled badge, with a resolved or stale marker. */
export function GroupBadge({ status, resolved, stale }: BadgeState) {
  return (
    <span className="group-badge-wrap">
      <span className={`group-badge group-badge--${status}`}>
        <span aria-hidden="true" className="group-badge__symbol">
          {SYMBOL[status]}
        </span>
        {status}
      </span>
      {stale ? (
        <span className="group-marker group-marker--stale" title="Resolved before, but the group has changed since">
          stale
        </span>
      ) : resolved ? (
        <span className="group-marker group-marker--resolved" title="A reviewer resolved this group">
          ✓ resolved
        </span>
      ) : null}
    </span>
  );
}
