// The ForceAtlas2 worker's source: graphology-layout-forceatlas2's own worker (its iteration code, as text) with
// a different loop: each round iterates for a time slice (many iterations on a small graph) and posts a copy of
// the positions, and the next round starts when the page asks (once it has drawn them), so drawing is not starved of CPU.
import original from "graphology-layout-forceatlas2/webworker.js?raw";

const HEAD = "module.exports = function worker() {";
const LISTENER = "self.addEventListener('message'";

/** Runs inside the worker, after the original's iteration code (NODES, EDGES and iterate are in scope). */
const LOOP = `
  var running = false;
  var settings = null;
  var slice = 16;

  function round() {
    if (!running) return;
    var end = Date.now() + slice;
    var iterations = 0;
    do {
      iterate(settings, NODES, EDGES);
      iterations++;
    } while (Date.now() < end);
    var copy = NODES.slice();
    self.postMessage({ nodes: copy.buffer, iterations: iterations }, [copy.buffer]);
  }

  self.addEventListener('message', function (event) {
    var data = event.data;
    if (data.type === 'start') {
      NODES = new Float32Array(data.nodes);
      EDGES = new Float32Array(data.edges);
      settings = data.settings;
      slice = data.slice;
      running = true;
      round();
    } else if (data.type === 'next') {
      round();
    } else if (data.type === 'stop') {
      running = false;
    }
  });
`;

export function workerSource(): string {
  const head = original.indexOf(HEAD);
  const listener = original.indexOf(LISTENER);
  if (head < 0 || listener < head) {
    throw new Error(
      "kg viewer: graphology-layout-forceatlas2's worker changed; layout/worker-source.ts needs updating",
    );
  }
  const body = original.slice(head + HEAD.length, listener);
  return `(function worker() {${body}${LOOP}}).call(this);\n`;
}
