// The five battles as a multi-select: tick boxes under the cell, or type the words (any of 、,;),
// which the core reads either way. The value stays text, so typing, pasting and ticking agree.
import { TextEditor } from 'handsontable/editors/textEditor';
import { TAG_SEPARATOR } from '../project-columns.ts';

const SPLIT = /[,，、;；]/;

export class TagsEditor extends TextEditor {
  // Set by createElements(), which the base constructor calls: `declare` keeps a field
  // initializer from resetting it afterwards.
  declare panel: HTMLDivElement;
  #choices: string[] = [];

  override createElements(): void {
    super.createElements();
    this.TEXTAREA_PARENT.classList.add('tags-editor');
    this.panel = this.hot.rootDocument.createElement('div');
    this.panel.className = 'tags-editor-panel';
    this.panel.setAttribute('role', 'group');
    this.TEXTAREA_PARENT.append(this.panel);
    // Ticking must not take the focus from the text, or the grid would end the edit.
    this.panel.addEventListener('mousedown', (event) => {
      event.preventDefault();
      const box = (event.target as HTMLElement).closest('label')?.querySelector('input');
      if (box) this.#toggle(box.value);
    });
    this.TEXTAREA.addEventListener('input', () => this.#syncBoxes());
  }

  override prepare(...args: Parameters<TextEditor['prepare']>): void {
    super.prepare(...args);
    const source = args[5].source;
    const choices = Array.isArray(source) ? source.map(String) : [];
    if (choices.join('\u0000') === this.#choices.join('\u0000')) return;
    this.#choices = choices;
    this.panel.replaceChildren(
      ...choices.map((choice) => {
        const label = this.hot.rootDocument.createElement('label');
        const box = this.hot.rootDocument.createElement('input');
        box.type = 'checkbox';
        box.value = choice;
        box.tabIndex = -1;
        label.append(box, this.hot.rootDocument.createTextNode(choice));
        return label;
      }),
    );
  }

  override open(): void {
    super.open();
    this.#syncBoxes();
  }

  #selected(): string[] {
    return String(this.TEXTAREA.value)
      .split(SPLIT)
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }

  #syncBoxes(): void {
    const selected = new Set(this.#selected());
    for (const box of this.panel.querySelectorAll('input')) box.checked = selected.has(box.value);
  }

  #toggle(choice: string): void {
    const selected = this.#selected();
    const on = !selected.includes(choice);
    const known = this.#choices.filter((c) => (c === choice ? on : selected.includes(c)));
    // Words that are not choices (a typo) stay, so the core can say what is wrong with them.
    const others = selected.filter((s) => !this.#choices.includes(s));
    this.TEXTAREA.value = [...known, ...others].join(TAG_SEPARATOR);
    this.#syncBoxes();
  }
}
