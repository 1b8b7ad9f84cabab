import {
  provideVSCodeDesignSystem,
  vsCodeButton,
  vsCodeDivider,
  vsCodeDropdown,
  vsCodeOption,
  vsCodeTextArea,
  vsCodeTextField,
} from '@vscode/webview-ui-toolkit';

/**
 * The only file that knows the component library (@vscode/webview-ui-toolkit 1.4.0, deprecated
 * upstream but still the product's choice). Views build controls through these functions, so
 * swapping the library means rewriting this file alone (ESLint forbids the import elsewhere).
 */

let registered = false;

/** Defines the custom elements once per page. */
export function registerComponents(): void {
  if (registered) return;
  registered = true;
  provideVSCodeDesignSystem().register(
    vsCodeButton(),
    vsCodeDivider(),
    vsCodeDropdown(),
    vsCodeOption(),
    vsCodeTextArea(),
    vsCodeTextField(),
  );
}

/** A control whose text value can be read and written. */
export interface ValueControl {
  readonly element: HTMLElement;
  get value(): string;
  set value(v: string);
}

type ValueElement = HTMLElement & { value: string };

/** A button; `secondary` for the less important actions, `icon` for a small square button. */
export function createButton(label: string, onClick: () => void, options: { appearance?: 'primary' | 'secondary' | 'icon'; ariaLabel?: string } = {}): HTMLElement {
  const button = document.createElement('vscode-button');
  button.textContent = label;
  button.setAttribute('appearance', options.appearance ?? 'primary');
  if (options.ariaLabel) button.setAttribute('aria-label', options.ariaLabel);
  button.addEventListener('click', onClick);
  return button;
}

/** A multi-line text input with a visible label. */
export function createTextArea(label: string, options: { rows?: number; placeholder?: string; onInput?: () => void } = {}): ValueControl {
  const area = document.createElement('vscode-text-area') as ValueElement;
  area.textContent = label;
  area.setAttribute('rows', String(options.rows ?? 6));
  area.setAttribute('resize', 'vertical');
  if (options.placeholder) area.setAttribute('placeholder', options.placeholder);
  if (options.onInput) area.addEventListener('input', options.onInput);
  return valueControl(area);
}

/** A one-line text input; `label` is announced, `placeholder` shown when empty. */
export function createTextField(label: string, options: { placeholder?: string; onInput?: () => void } = {}): ValueControl {
  const field = document.createElement('vscode-text-field') as ValueElement;
  field.setAttribute('aria-label', label);
  if (options.placeholder) field.setAttribute('placeholder', options.placeholder);
  if (options.onInput) field.addEventListener('input', options.onInput);
  return valueControl(field);
}

/** One choice of a dropdown: the value it stands for and the text shown. */
export interface Choice {
  readonly value: string;
  readonly label: string;
}

/** A dropdown over `choices`; `onChange` fires when the user picks another one. */
export function createDropdown(label: string, choices: readonly Choice[], onChange: () => void): ValueControl {
  const dropdown = document.createElement('vscode-dropdown') as ValueElement;
  dropdown.setAttribute('aria-label', label);
  dropdown.setAttribute('title', label);
  for (const choice of choices) {
    const option = document.createElement('vscode-option') as ValueElement;
    option.setAttribute('value', choice.value);
    option.textContent = choice.label;
    dropdown.append(option);
  }
  dropdown.addEventListener('change', onChange);
  return valueControl(dropdown);
}

/** A horizontal rule between sections. */
export function createDivider(): HTMLElement {
  const divider = document.createElement('vscode-divider');
  divider.setAttribute('role', 'separator');
  return divider;
}

function valueControl(element: ValueElement): ValueControl {
  return {
    element,
    get value() {
      return element.value ?? '';
    },
    set value(v: string) {
      element.value = v;
    },
  };
}
