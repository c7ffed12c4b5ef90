// The main screens of the admin app that get a screenshot, with the window size of each.
export const SCREENS = [
  { name: 'connections', width: 1280, height: 560 },
  { name: 'connection-edit', width: 1280, height: 980 },
  { name: 'mappings', width: 1280, height: 2150 },
  { name: 'monitor', width: 1280, height: 1050 },
  { name: 'errors', width: 1280, height: 1100 },
  { name: 'conflicts', width: 1280, height: 760 },
  { name: 'settings', width: 1280, height: 820 }
];
