// The minimap draws each activity as a plain box and leaves ports, labels and edges out: drawing the flowchart a
// second time in full, with every edge routed again, cost as much as the canvas itself.
import { NodeView } from '@antv/x6';

class MiniMapNodeView extends NodeView {
  renderMarkup() {
    return this.renderJSONMarkup({ tagName: 'rect', selector: 'body' });
  }

  renderPorts() {}

  update() {
    super.update({ body: { refWidth: '100%', refHeight: '100%', fill: '#90a4ae' } });
  }
}

export const miniMapGraphOptions = {
  createCellView: cell => (cell.isNode() ? MiniMapNodeView : null),
};
