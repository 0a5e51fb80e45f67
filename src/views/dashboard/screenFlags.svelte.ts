/** The screen's own open/closed flags: which dialog is open, whether the table shows, what the own-data banner says. */
export class ScreenFlags {
  dataDialog = $state(false);
  embedDialog = $state(false);
  exportDialog = $state(false);
  table = $state(false);
  /** Notes of the last dataset switch (quarter moved, organisation gone), in words. */
  dataNotices = $state<string[]>([]);
}
