import * as vscode from 'vscode';

/** What the input box needs from its caller: the live validation and an optional late prefill. */
export interface PayloadInputOptions {
  readonly title: string;
  readonly prompt: string;
  readonly placeholder: string;
  /** The message under the box for a value; an Error message keeps Enter from accepting it. */
  validate(value: string): vscode.InputBoxValidationMessage | undefined;
  /** A value that may arrive after the box is shown (the clipboard); used only while the box is empty. */
  readonly prefill?: Promise<string | undefined>;
}

/**
 * Shows the payload input box at once and resolves with the accepted text, or undefined when the
 * user closes it. The prefill fills the box when it arrives, selected so that typing replaces
 * it, unless the user already typed something: the box never waits for it, and never overwrites
 * what the user wrote.
 */
export function askForPayload(options: PayloadInputOptions): Promise<string | undefined> {
  const box = vscode.window.createInputBox();
  box.title = options.title;
  box.prompt = options.prompt;
  box.placeholder = options.placeholder;
  box.ignoreFocusOut = true;
  const validate = (value: string) => {
    box.validationMessage = options.validate(value);
  };
  return new Promise((resolve) => {
    let done = false;
    const finish = (value: string | undefined) => {
      if (done) return;
      done = true;
      resolve(value);
      for (const d of disposables) d.dispose();
      box.dispose();
    };
    const disposables = [
      box.onDidChangeValue(validate),
      box.onDidAccept(() => {
        const message = options.validate(box.value);
        if (box.value.trim() === '' || message?.severity === vscode.InputBoxValidationSeverity.Error) return;
        finish(box.value);
      }),
      box.onDidHide(() => finish(undefined)),
    ];
    box.show();
    void options.prefill?.then((text) => {
      if (done || text === undefined || box.value !== '') return;
      box.value = text;
      box.valueSelection = [0, text.length];
      validate(text);
    });
  });
}
