// The workbook's editor for cells that hold one of a few fixed words (a status, a form). AG Grid's
// own select editor is a drop-down list that takes no typing: after Tab a person types "gul" and
// it is lost, the list keeps the old value. This one is a text field that completes what is typed
// to the first matching word, as Excel's AutoComplete does ("g" shows "grøn" with "røn" selected,
// "gu" shows "gul"); ↑/↓ step through the words. Installed for every grid in grid-setup.ts.
import type { ICellEditorComp, ICellEditorParams } from 'ag-grid-community';

export interface ChoiceCellEditorParams {
  values: readonly string[];
}

const fold = (text: string) => text.toLocaleLowerCase('da-DK');

export class ChoiceCellEditor implements ICellEditorComp {
  private input!: HTMLInputElement;
  private choices: readonly string[] = [];
  private original: unknown;
  private seeded = '';
  /** Set by the first key typed: from then on the field is never selected again (a completion can look untouched). */
  private touched = false;

  init(params: ICellEditorParams & ChoiceCellEditorParams): void {
    this.choices = params.values ?? [];
    this.original = params.value;
    const input = document.createElement('input');
    input.type = 'text';
    input.className = 'ag-input-field-input ag-text-field-input choice-cell-editor';
    input.setAttribute('aria-label', `Vælg mellem ${this.choices.join(', ')}`);
    input.autocomplete = 'off';
    input.spellcheck = false;
    this.input = input;
    const key = params.eventKey;
    // Typing on a cell that is not yet edited starts with that key; otherwise the stored word.
    input.value = params.cellStartedEdit && key?.length === 1 ? key : params.value === null || params.value === undefined ? '' : String(params.value as string);
    this.seeded = input.value;
    input.addEventListener('input', (event) => {
      this.touched = true;
      this.complete(event as InputEvent);
    });
    input.addEventListener('keydown', (event) => this.step(event));
  }

  getGui(): HTMLElement {
    return this.input;
  }

  afterGuiAttached(): void {
    this.input.focus();
    // Keys typed before this moment (right after Tab) stay; only an untouched word is selected.
    if (this.touched) return;
    if (this.seeded.length === 1 && this.input.value === this.seeded) this.completeFrom(this.seeded);
    else this.input.select();
  }

  // AG Grid calls this on Tab, sometimes after the first keys have already arrived.
  focusIn(): void {
    this.input.focus();
    if (!this.touched) this.input.select();
  }

  /** The matching word; text that matches none is handed on as typed, for the sheet to refuse and mark. */
  getValue(): unknown {
    const text = this.input.value.trim();
    return text === '' ? this.original : (this.match(text) ?? text);
  }

  private match(text: string): string | undefined {
    const wanted = fold(text);
    return this.choices.find((c) => fold(c) === wanted) ?? this.choices.find((c) => fold(c).startsWith(wanted));
  }

  private complete(event: InputEvent): void {
    // Deleting never completes again, or Backspace could not remove the completion.
    if (!event.inputType.startsWith('insert')) return;
    this.completeFrom(this.input.value.slice(0, this.input.selectionStart ?? this.input.value.length));
  }

  private completeFrom(typed: string): void {
    if (typed === '') return;
    const found = this.choices.find((c) => fold(c).startsWith(fold(typed)));
    if (!found) return;
    this.input.value = typed + found.slice(typed.length);
    this.input.setSelectionRange(typed.length, found.length);
  }

  private step(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    event.stopPropagation();
    const count = this.choices.length;
    const at = this.choices.findIndex((c) => fold(c) === fold(this.input.value));
    const next = this.choices[event.key === 'ArrowDown' ? (at + 1) % count : at <= 0 ? count - 1 : at - 1];
    if (next === undefined) return;
    this.touched = true;
    this.input.value = next;
    this.input.select();
  }
}
