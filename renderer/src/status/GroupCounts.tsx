// Placeholder: replaced by issue 4 work (open groups per status in the status line).
export function GroupCounts() {
  return null;
}
