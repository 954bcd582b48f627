// Run, diff and validation states shown on nodes: a CSS class on the node's view (for styles and tests) and a border colour.
export const STATES = ['visited', 'current', 'waiting', 'faulted', 'added', 'changed'];

const colours = {
  visited: { stroke: '#2e7d32', fill: '#e8f5e9' },
  current: { stroke: '#1565c0', fill: '#e3f2fd' },
  waiting: { stroke: '#ef6c00', fill: '#fff3e0' },
  faulted: { stroke: '#c62828', fill: '#ffebee' },
  invalid: { stroke: '#c62828', fill: '#ffffff' },
  added: { stroke: '#2e7d32', fill: '#c8e6c9' },
  changed: { stroke: '#f9a825', fill: '#fff8e1' },
};

export function applyState(graph, node, state, family) {
  const all = Array.isArray(family) ? family : [family];
  const view = graph.findViewByCell(node);
  // An unchanged mark is left alone: restyling re-renders the node and its ports.
  const current = all.find(s => view?.container.classList.contains('node-' + s)) ?? null;
  if (view && current === state) return;
  for (const s of all) view?.container.classList.remove('node-' + s);
  if (state) view?.container.classList.add('node-' + state);
  const c = state ? colours[state] : { stroke: '#90a4ae', fill: '#ffffff' };
  // A mark is not an edit: keep it out of undo/redo.
  const history = graph.isHistoryEnabled?.();
  if (history) graph.disableHistory();
  node.setAttrs({ body: { stroke: c.stroke, fill: c.fill, strokeWidth: state ? 2.5 : 1.5 } });
  if (history) graph.enableHistory();
}
