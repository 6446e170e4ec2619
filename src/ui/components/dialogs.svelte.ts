// In-page dialogs in the UI's language (the browser's own prompt/confirm speak the browser's).
export interface DialogRequest {
  kind: 'prompt' | 'confirm';
  message: string;
  value: string;
  danger: boolean;
  resolve: (answer: string | null) => void;
}

class Dialogs {
  #current = $state.raw<DialogRequest | null>(null);

  get current(): DialogRequest | null {
    return this.#current;
  }

  #ask(
    kind: DialogRequest['kind'],
    message: string,
    value: string,
    danger: boolean,
  ): Promise<string | null> {
    this.#current?.resolve(null);
    return new Promise((resolve) => {
      this.#current = { kind, message, value, danger, resolve };
    });
  }

  /** The text the user entered, or null when cancelled. */
  askText(message: string, initial = ''): Promise<string | null> {
    return this.#ask('prompt', message, initial, false);
  }

  async confirm(message: string, danger = false): Promise<boolean> {
    return (await this.#ask('confirm', message, '', danger)) !== null;
  }

  answer(value: string | null): void {
    const current = this.#current;
    this.#current = null;
    current?.resolve(value);
  }
}

export const dialogs = new Dialogs();
