// The script editor of JavaScript inputs: CodeMirror 6 over the property panel's plain textarea. The textarea stays the
// value Blazor binds; the editor writes each change back to it and raises 'change', so without this bundle the panel
// still works as a plain textarea.
import { EditorState, Compartment } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, highlightActiveLine } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { javascript } from '@codemirror/lang-javascript';
import { syntaxHighlighting, defaultHighlightStyle, bracketMatching } from '@codemirror/language';
import { autocompletion, closeBrackets, completionKeymap } from '@codemirror/autocomplete';

const WRITE_BACK_MS = 300;

// Names a script can use: the workflow's variables by name, and the start input.
function completionsFor(variables) {
  const options = [
    ...variables.map(name => ({ label: name, type: 'variable', detail: 'variable' })),
    { label: 'input', type: 'variable', detail: 'start input' },
  ];
  return context => {
    const word = context.matchBefore(/[A-Za-z_$][\w$]*/);
    if (!word && !context.explicit) return null;
    return { from: word ? word.from : context.pos, options, validFor: /^[\w$]*$/ };
  };
}

class ScriptEditor {
  constructor(host, variables) {
    this.textarea = host.querySelector('textarea');
    this.completions = new Compartment();
    this.timer = null;
    this.view = new EditorView({
      parent: host.querySelector('[data-script-editor]') ?? host,
      state: EditorState.create({
        doc: this.textarea?.value ?? '',
        extensions: [
          lineNumbers(), highlightActiveLine(), history(), bracketMatching(), closeBrackets(),
          javascript(), syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          this.completions.of(autocompletion({ override: [completionsFor(variables ?? [])] })),
          keymap.of([...completionKeymap, ...defaultKeymap, ...historyKeymap]),
          EditorView.lineWrapping,
          EditorView.theme({ '&': { fontSize: '13px', border: '1px solid #b0bec5', borderRadius: '4px' }, '.cm-content': { fontFamily: 'monospace', minHeight: '4.5em' } }),
          EditorView.updateListener.of(update => { if (update.docChanged) this.scheduleWriteBack(); }),
          EditorView.domEventHandlers({ blur: () => this.writeBack() }),
        ],
      }),
    });
    const plain = this.textarea?.closest('.mud-input-control');
    if (plain) plain.style.display = 'none';
    host.dataset.enhanced = 'true';
  }

  scheduleWriteBack() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.writeBack(), WRITE_BACK_MS);
  }

  writeBack() {
    clearTimeout(this.timer);
    const text = this.view.state.doc.toString();
    if (!this.textarea || this.textarea.value === text) return;
    this.textarea.value = text;
    this.textarea.dispatchEvent(new Event('change', { bubbles: true }));
  }

  setVariables(variables) {
    this.view.dispatch({ effects: this.completions.reconfigure(autocompletion({ override: [completionsFor(variables ?? [])] })) });
  }

  dispose() {
    this.writeBack();
    this.view.destroy();
  }
}

export function createScriptEditor(host, variables) {
  return new ScriptEditor(host, variables);
}
