// Renders each BPMN diagram in processes/ to docs/diagrams/<name>.png with the bpmn-js viewer in
// headless Chromium, so the pictures in the README always come from the deployed BPMN.
// Run from the repository root: see "Pictures of the diagrams" in the README.
import { chromium } from 'playwright-core';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(path.resolve('docs/diagrams/node_modules/'));
const bpmnJs = path.dirname(require.resolve('bpmn-js/package.json'));
const viewer = readFileSync(path.join(bpmnJs, 'dist/bpmn-navigated-viewer.production.min.js'), 'utf8');
const css = ['diagram-js.css', 'bpmn-js.css', 'bpmn-font/css/bpmn.css']
  .map((file) => readFileSync(path.join(bpmnJs, 'dist/assets', file), 'utf8'))
  .join('\n');

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium' });
const page = await browser.newPage({ deviceScaleFactor: 1 });
await page.setContent(`<html><head><style>${css} html,body,#canvas{margin:0;height:100%;background:#fff} .bjs-breadcrumbs{display:none !important}</style></head>
  <body><div id="canvas"></div></body></html>`);
await page.addScriptTag({ content: viewer });

for (const file of readdirSync('processes').filter((name) => name.endsWith('.bpmn')).sort()) {
  const xml = readFileSync(path.join('processes', file), 'utf8');
  // Every plane: the process itself and each collapsed subprocess one can drill into.
  const planes = await page.evaluate(async (xml) => {
    window.shown?.destroy();
    window.shown = new BpmnJS({ container: '#canvas' });
    const { warnings } = await window.shown.importXML(xml);
    if (warnings.length) throw new Error(warnings.map((warning) => warning.message).join('\n'));
    return window.shown.get('canvas').getRootElements().map((root) => root.id);
  }, xml);
  for (const plane of planes) {
    const box = await page.evaluate((plane) => {
      const canvas = window.shown.get('canvas');
      canvas.setRootElement(canvas.findRoot(plane));
      const inner = canvas.viewbox().inner;
      // Room at the bottom for the bpmn.io logo, which the bpmn-js licence asks to keep visible.
      const margin = 20, logo = 50;
      const width = Math.ceil(inner.width + 2 * margin), height = Math.ceil(inner.height + 2 * margin + logo);
      document.querySelector('#canvas').style.width = `${width}px`;
      document.querySelector('#canvas').style.height = `${height}px`;
      canvas.resized();
      canvas.viewbox({ x: inner.x - margin, y: inner.y - margin, width, height });
      return { width, height };
    }, plane);
    await page.setViewportSize(box);
    const name = file.replace(/\.bpmn$/, '') + (plane.endsWith('_plane') ? '-' + plane.replace(/_plane$/, '') : '');
    writeFileSync(path.join('docs/diagrams', `${name}.png`), await page.locator('#canvas').screenshot());
    console.log(`docs/diagrams/${name}.png`);
  }
}
await browser.close();
