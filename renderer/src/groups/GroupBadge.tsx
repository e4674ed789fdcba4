import type { GroupStatus } from '../../../shared/model';
import type { BadgeState } from './badge-text';
import './groups.css';

export { badgeText, type BadgeState } from './badge-text';

/** A symbol beside each word, so the badge reads without colour (and without the word, at a glance). */
const SYMBOL: Record<GroupStatus, string> = {
  single: '•',
  agree: '=',
  compatible: '≈',
  conflict: '✕',
  incomparable: '≠',
};

/**
 * A group's status as a coloured, labelled badge, with a resolved or stale marker. With an explanation (why the
 * group has this status, explain-status.ts), the badge shows it as a tooltip and gives it as its accessible
 * description.
 */
export function GroupBadge({ status, resolved, stale, explanation }: BadgeState & { explanation?: string }) {
  return (
    <span className="group-badge-wrap">
      <span className={`group-badge group-badge--${status}`} title={explanation} aria-description={explanation}>
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
