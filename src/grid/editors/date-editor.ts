// Milestone dates: typed in any form planners use (2018/2/9, 2018年2月9日…), which the core reads,
// or picked from the browser's own calendar behind the button beside the text.
import { TextEditor } from 'handsontable/editors/textEditor';
import { parseDate } from '../../core/parse.ts';

export class DateTextEditor extends TextEditor {
  // Set by createElements(), which the base constructor calls: `declare` keeps a field
  // initializer from resetting them afterwards.
  declare picker: HTMLInputElement;
  declare button: HTMLButtonElement;

  override createElements(): void {
    super.createElements();
    const doc = this.hot.rootDocument;
    this.TEXTAREA_PARENT.classList.add('date-editor');
    this.button = doc.createElement('button');
    this.button.type = 'button';
    this.button.className = 'date-editor-pick';
    this.button.tabIndex = -1;
    this.button.textContent = '▦';
    this.picker = doc.createElement('input');
    this.picker.type = 'date';
    this.picker.className = 'date-picker-input';
    this.picker.tabIndex = -1;
    this.TEXTAREA_PARENT.append(this.button, this.picker);
    // Keep the focus in the text while clicking the button, so the grid does not end the edit.
    this.button.addEventListener('mousedown', (event) => event.preventDefault());
    this.button.addEventListener('click', () => this.#openPicker());
    this.picker.addEventListener('change', () => {
      if (this.picker.value === '') return;
      this.TEXTAREA.value = this.picker.value;
      this.finishEditing();
    });
  }

  /** The button's label comes with the column, in the grid's language. */
  override prepare(...args: Parameters<TextEditor['prepare']>): void {
    super.prepare(...args);
    const label = String((args[5] as { pickLabel?: unknown }).pickLabel ?? '');
    this.button.title = label;
    this.button.setAttribute('aria-label', label);
  }

  #openPicker(): void {
    const parsed = parseDate(String(this.TEXTAREA.value));
    this.picker.value = parsed.ok && parsed.value ? parsed.value : '';
    try {
      this.picker.showPicker();
    } catch {
      // Without a user gesture (scripts) the picker cannot open; typing still works.
    }
  }
}
