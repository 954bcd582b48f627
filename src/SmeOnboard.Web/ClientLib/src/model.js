// Converts between our workflow JSON (root.activities / root.connections) and X6 cells. The activity document rides
// on each node's data, so copy and paste carry inputs along and the graph alone can be turned back into JSON.

const WIDTH = 170;
const HEIGHT = 44;

export function portsFor(outcomes) {
  return [
    { id: 'In', group: 'in' },
    ...outcomes.map(o => ({ id: o, group: 'out', attrs: { text: { text: o } } })),
  ];
}

const portGroups = {
  in: {
    position: 'left',
    attrs: { circle: { r: 6, magnet: 'passive', stroke: '#546e7a', fill: '#fff', 'port-group': 'in' } },
  },
  out: {
    position: 'right',
    label: { position: { name: 'right', args: { y: -8 } } },
    attrs: {
      circle: { r: 6, magnet: true, stroke: '#1565c0', fill: '#fff', 'port-group': 'out' },
      text: { fontSize: 10, fill: '#455a64' },
    },
  },
};

export function nodeFromActivity(activity, descriptor, outcomes) {
  const position = activity.metadata?.designer?.position ?? { x: 0, y: 0 };
  outcomes = outcomes ?? descriptor?.outcomes ?? [];
  const known = !!descriptor;
  return {
    id: activity.id,
    shape: 'rect',
    x: position.x,
    y: position.y,
    width: WIDTH,
    height: Math.max(HEIGHT, outcomes.length * 18 + 10),
    data: { activity },
    attrs: {
      body: { rx: 6, ry: 6, fill: known ? '#ffffff' : '#fff3e0', stroke: '#90a4ae', strokeWidth: 1.5 },
      // Centred here: the rect shape centres its label through a CSS selector, which the designer turns off.
      label: {
        text: activity.name || descriptor?.displayName || activity.type, fontSize: 13, fill: '#263238',
        refX: 0.5, refY: 0.5, textAnchor: 'middle', textVerticalAnchor: 'middle',
      },
    },
    ports: { groups: portGroups, items: portsFor(outcomes) },
  };
}

export function edgeFromConnection(c) {
  return {
    shape: 'edge',
    source: { cell: c.source.activity, port: c.source.port },
    target: { cell: c.target.activity, port: c.target.port ?? 'In' },
    router: { name: 'manhattan' },
    connector: { name: 'rounded' },
    attrs: { line: { stroke: '#546e7a', strokeWidth: 1.5 } },
  };
}

export function toDocument(graph) {
  const activities = graph.getNodes().map(node => {
    const activity = structuredClone(node.getData()?.activity ?? { type: 'Unknown' });
    const { x, y } = node.getPosition();
    activity.id = node.id;
    activity.metadata = { ...(activity.metadata ?? {}), designer: { ...(activity.metadata?.designer ?? {}), position: { x: Math.round(x), y: Math.round(y) } } };
    return activity;
  });
  const connections = graph.getEdges()
    .filter(e => e.getSourceCellId() && e.getTargetCellId())
    .map(e => ({
      source: { activity: e.getSourceCellId(), port: e.getSourcePortId() },
      target: { activity: e.getTargetCellId(), port: e.getTargetPortId() ?? 'In' },
    }));
  return { type: 'Flowchart', activities, connections };
}
