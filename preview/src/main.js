// Entry of the local preview: mounts the real admin app shell (c-xw-admin-shell) and drives it to
// the screen named in window.XW_SCREEN, the way an admin would (open a tab, click a button).
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import XwAdminShell from 'c/xwAdminShell';

// The fixtures describe the morning of 1 June 2025; the ETA and "last sync" read this clock.
const NOW = Date.parse('2025-06-01T10:00:00.000Z');
Date.now = () => NOW;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The first element matching the selector anywhere below root, through shadow roots. */
function deep(selector, root = document) {
  const direct = root.querySelector(selector);
  if (direct) return direct;
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) {
      const found = deep(selector, element.shadowRoot);
      if (found) return found;
    }
  }
  return null;
}

async function openTab(value) {
  const tabset = deep('lightning-tabset');
  tabset.activeTabValue = value;
  await sleep(400);
}

function click(selector) {
  const element = deep(selector);
  if (!element) throw new Error(`preview: nothing matches ${selector}`);
  element.click();
}

const SCRIPTS = {
  async connections() {
    click('button.verify[data-id="a01000000000001AAA"]');
  },
  async connectionEdit() {
    click('button.edit[data-id="a01000000000001AAA"]');
    await sleep(300);
    click('lightning-button.save');
  },
  async mappings() {
    await openTab('mappings');
    click('button.open-mapping[data-id="a02000000000002AAA"]');
    await sleep(400);
    click('lightning-button.validate');
  },
  async monitor() {
    await openTab('monitor');
  },
  async errors() {
    await openTab('errors');
    const table = deep('lightning-datatable');
    const rows = table.data;
    table.dispatchEvent(
      new CustomEvent('rowselection', { detail: { selectedRows: rows.slice(1) } })
    );
    table.dispatchEvent(
      new CustomEvent('rowaction', { detail: { action: { name: 'details' }, row: rows[0] } })
    );
  },
  async conflicts() {
    await openTab('conflicts');
    click('input[data-field="Phone"][value="Remote"]');
  },
  async settings() {
    await openTab('settings');
    const file = new File(['{"format":"crosswalk-config","version":1}'], 'acme-erp-sandbox.json', {
      type: 'application/json'
    });
    deep('lightning-input.import-file').dispatchEvent(
      new CustomEvent('change', { detail: { files: [file] } })
    );
    await sleep(300);
    click('lightning-button.import');
  }
};

async function main() {
  const shell = createElement('c-xw-admin-shell', { is: XwAdminShell });
  document.getElementById('app').appendChild(shell);
  await sleep(500);
  await SCRIPTS[window.XW_SCREEN.replace(/-(\w)/g, (_, c) => c.toUpperCase())]?.();
  await sleep(500);
  document.body.dataset.ready = 'true';
}

main().catch((error) => {
  document.body.dataset.ready = 'error';
  document.body.insertAdjacentText('afterbegin', `Preview failed: ${error.message}`);
});
