import { REVIEW_STATUSES } from '../../../shared/crosscheck';
import { useGroups } from '../groups/groups-store';
import { useT } from '../i18n/I18nProvider';

/** Open groups per status, worst first, in the status line: "Open groups: 2 conflict · 1 compatible" (issue 4). */
export function GroupCounts() {
  const { counts } = useGroups();
  const t = useT();
  if (!counts) return null;
  const open = REVIEW_STATUSES.filter((s) => counts[s].open > 0).map((s) => t('status.groupCount', { count: counts[s].open, status: t(`groupStatus.${s}`) }));
  return <span aria-label={t('status.openGroupsName')}>{open.length ? t('status.openGroups', { list: open.join(' · ') }) : t('status.noOpenGroups')}</span>;
}
