// Dropdowns of the campaign's lists (towns, units…) also take a value not in the list yet: once
// the planner types, Enter keeps what was typed (the sheet then flags it and offers to add it to
// the list) instead of the choice that happened to be highlighted. Arrow keys still pick.
import { DropdownEditor } from 'handsontable/editors/dropdownEditor';

export class ChoiceEditor extends DropdownEditor {
  override createElements(): void {
    super.createElements();
    this.TEXTAREA.addEventListener('input', () => this.htEditor.deselectCell());
  }
}
