// The workflow designer canvas. Drawing, dragging, connecting, undo and layout all happen here in the browser;
// only selection changes and debounced graph changes cross to .NET, so a drag never waits on the server.
import { Config, Graph, History, Selection, Snapline, Keyboard, Clipboard, MiniMap } from '@antv/x6';
import { miniMapGraphOptions } from './minimap.js';
import { graphlib, layout } from '@dagrejs/dagre';
import { toDocument, nodeFromActivity, edgeFromConnection, portsFor } from './model.js';
import { applyState, STATES } from './states.js';

const CHANGE_DELAY_MS = 400;

// Attributes name their elements by selector (body, label, circle), never by CSS: without CSS selectors X6 need not take
// every node's ports down and draw them again each time it updates the node, which made drawing a flowchart slower.
Config.useCSSSelector = false;

// Marks in the page's performance timeline, for the load benchmark (docs/benchmarks/designer.md) and DevTools.
performance.mark('designer:module');

class Designer {
  constructor(element, dotnetRef, options) {
    this.element = element;
    this.dotnetRef = dotnetRef;
    this.readOnly = !!options.readOnly;
    this.activities = new Map((options.activities ?? []).map(a => [a.type, a]));
    this.loading = false;
    this.timer = null;
    this.graph = this.createGraph(options);
    if (!this.readOnly) {
      this.usePlugins(options);
      this.listen();
      this.acceptDrops();
      this.holdMarksWhilePressed();
    }
  }

  // Validation marks arrive from the server after each autosave. Restyling a node re-renders its ports, which cancels
  // a connection being dragged to it, so marks wait until the pointer is released.
  holdMarksWhilePressed() {
    this.pressed = false;
    this.onPointerDown = () => { this.pressed = true; };
    this.onPointerUp = () => {
      this.pressed = false;
      if (this.heldMarks) setTimeout(() => this.markInvalid(this.heldMarks));
    };
    this.element.addEventListener('pointerdown', this.onPointerDown, true);
    window.addEventListener('pointerup', this.onPointerUp, true);
  }

  createGraph(options) {
    const canvas = this.element.querySelector('[data-designer-canvas]') ?? this.element;
    return new Graph({
      container: canvas,
      autoResize: true,
      grid: { visible: true, size: 10 },
      background: { color: '#fafafa' },
      interacting: () => !this.readOnly,
      panning: { enabled: true },
      mousewheel: { enabled: true, modifiers: ['ctrl', 'meta'], minScale: 0.2, maxScale: 3 },
      connecting: {
        router: 'manhattan',
        connector: { name: 'rounded' },
        allowBlank: false,
        allowNode: false,
        allowEdge: false,
        allowMulti: 'withPort',
        highlight: true,
        snap: { radius: 24 },
        createEdge: () => this.graph.createEdge({ attrs: { line: { stroke: '#546e7a', strokeWidth: 1.5 } } }),
        // Only an outcome port may start a connection, and only an activity's In port may end one.
        validateMagnet: ({ magnet }) => magnet.getAttribute('port-group') === 'out',
        validateConnection: ({ sourceMagnet, targetMagnet }) =>
          sourceMagnet?.getAttribute('port-group') === 'out' && targetMagnet?.getAttribute('port-group') === 'in',
      },
      highlighting: {
        magnetAvailable: { name: 'stroke', args: { attrs: { stroke: '#2e7d32', strokeWidth: 3 } } },
      },
    });
  }

  usePlugins(options) {
    const g = this.graph;
    g.use(new History({ enabled: true }));
    g.use(new Selection({ enabled: true, multiple: true, rubberband: true, modifiers: 'shift', showNodeSelectionBox: true,
      // The box drawn round a selected node must not swallow the pointer: a person connects to a node they just dropped.
      pointerEvents: 'none' }));
    g.use(new Snapline({ enabled: true }));
    g.use(new Keyboard({ enabled: true, global: false }));
    // Local storage lets a selection copied in one workflow be pasted into another.
    g.use(new Clipboard({ enabled: true, useLocalStorage: true }));
    const minimap = this.element.querySelector('[data-designer-minimap]');
    if (minimap && options.minimap !== false) {
      g.use(new MiniMap({ container: minimap, width: 180, height: 120, padding: 10, graphOptions: miniMapGraphOptions }));
    }
    const keys = {
      'ctrl+z, meta+z': () => this.undo(),
      'ctrl+y, meta+shift+z, ctrl+shift+z': () => this.redo(),
      'ctrl+c, meta+c': () => this.copy(),
      'ctrl+v, meta+v': () => this.paste(),
      'ctrl+a, meta+a': () => g.select(g.getNodes()),
      'delete, backspace': () => this.deleteSelection(),
    };
    for (const [combo, action] of Object.entries(keys)) {
      g.bindKey(combo.split(', '), () => { action(); return false; });
    }
  }

  listen() {
    const g = this.graph;
    const changed = () => this.scheduleChange();
    for (const event of ['node:added', 'node:removed', 'node:moved', 'node:change:data', 'edge:connected', 'edge:removed']) {
      g.on(event, changed);
    }
    g.on('selection:changed', () => {
      const ids = g.getSelectedCells().filter(c => c.isNode()).map(c => c.id);
      this.dotnetRef.invokeMethodAsync('OnSelectionChanged', ids);
    });
  }

  // The palette is MudBlazor markup: items carry data-activity-type and are dragged with native HTML drag and drop.
  // App actions also carry data-activity-template: the activity's name and inputs, preset to the app and action.
  acceptDrops() {
    this.onDragStart = e => {
      const item = e.target.closest?.('[data-activity-type]');
      if (!item) return;
      e.dataTransfer.setData('application/x-activity-type', item.dataset.activityType);
      if (item.dataset.activityTemplate) e.dataTransfer.setData('application/x-activity-template', item.dataset.activityTemplate);
    };
    document.addEventListener('dragstart', this.onDragStart);
    this.element.addEventListener('dragover', e => e.preventDefault());
    this.element.addEventListener('drop', e => {
      const type = e.dataTransfer.getData('application/x-activity-type');
      if (!type) return;
      e.preventDefault();
      const p = this.graph.clientToLocal(e.clientX, e.clientY);
      this.addActivity(type, p.x, p.y, e.dataTransfer.getData('application/x-activity-template') || null);
    });
  }

  scheduleChange() {
    if (this.loading) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.dotnetRef.invokeMethodAsync('OnGraphChanged', JSON.stringify(this.toDocument())), CHANGE_DELAY_MS);
  }

  toDocument() {
    return toDocument(this.graph);
  }

  // outcomes: { activityId: [port, ...] } from .NET, which knows the ports a switch's cases or a fork's branches make.
  load(rootJson, outcomes) {
    performance.mark('designer:loading');
    const root = typeof rootJson === 'string' ? JSON.parse(rootJson) : rootJson;
    this.loading = true;
    try {
      const nodes = (root.activities ?? []).map(a => nodeFromActivity(a, this.activities.get(a.type), outcomes?.[a.id]));
      const edges = (root.connections ?? []).map(edgeFromConnection);
      // Drawn at once rather than a slice per animation frame: a busy machine gives few frames, and the canvas would
      // fill in for seconds after the page reported it ready.
      this.graph.fromJSON({ nodes, edges }, { async: false });
      this.graph.cleanHistory?.();
    } finally {
      this.loading = false;
    }
    this.fit();
    performance.mark('designer:loaded');
  }

  // Adds an activity where it was dropped (or at the centre of the view), with a readable unique id; a template (JSON
  // text with name and inputs) presets it.
  addActivity(type, x, y, template) {
    const descriptor = this.activities.get(type);
    if (!descriptor) return null;
    if (x === undefined || x === null) {
      const c = this.graph.getGraphArea().center;
      x = c.x; y = c.y;
    }
    const preset = template ? JSON.parse(template) : {};
    const activity = {
      id: this.nextId(type), type, metadata: { designer: { position: { x: x - 80, y: y - 20 } } },
      ...(preset.name ? { name: preset.name } : {}),
      ...(preset.inputs ? { inputs: preset.inputs } : {}),
    };
    const node = this.graph.addNode(nodeFromActivity(activity, descriptor));
    this.graph.resetSelection(node);
    return node.id;
  }

  nextId(type) {
    const stem = type.charAt(0).toLowerCase() + type.slice(1);
    let n = 1;
    while (this.graph.getCellById(stem + n)) n++;
    return stem + n;
  }

  // Called by .NET when the property panel changes an activity: its name, inputs and, for switches and forks, its ports.
  updateActivity(activityJson, outcomes) {
    const activity = typeof activityJson === 'string' ? JSON.parse(activityJson) : activityJson;
    const node = this.graph.getCellById(activity.id);
    if (!node) return;
    const descriptor = this.activities.get(activity.type);
    node.setData({ activity }, { overwrite: true });
    node.setAttrByPath('label/text', activity.name || descriptor?.displayName || activity.type);
    const wanted = portsFor(outcomes ?? descriptor?.outcomes ?? []);
    const current = node.getPorts().map(p => p.id).join('|');
    if (current !== wanted.map(p => p.id).join('|')) {
      const edges = this.graph.getConnectedEdges(node, { outgoing: true });
      const keep = new Set(wanted.map(p => p.id));
      this.graph.removeCells(edges.filter(e => !keep.has(e.getSourcePortId())));
      node.removePorts();
      node.addPorts(wanted);
    }
  }

  select(ids) { this.graph.resetSelection(ids.map(id => this.graph.getCellById(id)).filter(Boolean)); }
  undo() { if (this.graph.canUndo()) this.graph.undo(); }
  redo() { if (this.graph.canRedo()) this.graph.redo(); }
  copy() { const cells = this.graph.getSelectedCells(); if (cells.length) this.graph.copy(cells); }
  paste() {
    if (this.graph.isClipboardEmpty()) return;
    const cells = this.graph.paste({ offset: 30 });
    this.graph.resetSelection(cells);
  }
  deleteSelection() { this.graph.removeCells(this.graph.getSelectedCells()); }
  zoom(factor) { this.graph.zoom(factor); }
  fit() { if (this.graph.getNodes().length) this.graph.zoomToFit({ padding: 40, maxScale: 1 }); }

  // Left-to-right layered layout by dagre, applied as one undoable step.
  autoLayout() {
    const g = new graphlib.Graph();
    g.setGraph({ rankdir: 'LR', nodesep: 40, ranksep: 80 });
    g.setDefaultEdgeLabel(() => ({}));
    for (const node of this.graph.getNodes()) {
      const { width, height } = node.getSize();
      g.setNode(node.id, { width, height });
    }
    for (const edge of this.graph.getEdges()) g.setEdge(edge.getSourceCellId(), edge.getTargetCellId());
    layout(g);
    this.graph.batchUpdate('layout', () => {
      for (const id of g.nodes()) {
        const { x, y, width, height } = g.node(id);
        this.graph.getCellById(id)?.position(x - width / 2, y - height / 2);
      }
    });
    this.scheduleChange();
    this.fit();
  }

  // Problems from validation: each listed activity turns red; every other activity loses the mark.
  markInvalid(ids) {
    if (this.pressed) {
      this.heldMarks = ids;
      return;
    }
    this.heldMarks = null;
    const invalid = new Set(ids);
    for (const node of this.graph.getNodes()) applyState(this.graph, node, invalid.has(node.id) ? 'invalid' : null, 'invalid');
  }

  // Run states for the instance viewer ('visited' | 'current' | 'waiting' | 'faulted') or a version diff's ('added' | 'changed').
  setStates(states) {
    for (const node of this.graph.getNodes()) applyState(this.graph, node, states[node.id] ?? null, STATES);
  }

  dispose() {
    clearTimeout(this.timer);
    if (this.onDragStart) document.removeEventListener('dragstart', this.onDragStart);
    if (this.onPointerUp) window.removeEventListener('pointerup', this.onPointerUp, true);
    this.graph.dispose();
  }
}

// Creates the canvas and, given a flowchart, draws it in the same call.
export function createDesigner(element, dotnetRef, options, rootJson, outcomes) {
  const designer = new Designer(element, dotnetRef, options ?? {});
  if (rootJson) designer.load(rootJson, outcomes);
  return designer;
}

// Saves text as a file: a Blob URL keeps the export in the browser and satisfies the page's CSP.
export function downloadText(fileName, text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
