// The architecture's import table is enforced by ESLint; this proves the rules bite, folder by
// folder, by linting small snippets as if they lived there.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { ESLint } from 'eslint';

const root = join(__dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

async function restricted(file: string, code: string): Promise<boolean> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return result!.messages.some((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-console');
}

const cases: [string, string, boolean][] = [
  ['extension/core/x.ts', "import * as vscode from 'vscode';\nexport const v = vscode;", true],
  ['extension/core/x.ts', "import { readFileSync } from 'node:fs';\nexport const v = readFileSync;", true],
  ['extension/core/x.ts', "import { createConnection } from 'vscode-languageserver/node';\nexport const v = createConnection;", true],
  ['extension/core/x.ts', "import * as p from 'protobufjs/minimal';\nexport const v = p;", false],
  ['extension/server/x.ts', "import * as vscode from 'vscode';\nexport const v = vscode;", true],
  ['extension/server/x.ts', "console.log('corrupts the stdio channel');", true],
  ['extension/server/x.ts', "import { TextDocument } from 'vscode-languageserver-textdocument';\nexport const v = TextDocument;", false],
  ['extension/cli/x.ts', "import * as vscode from 'vscode';\nexport const v = vscode;", true],
  ['extension/cli/x.ts', "import { readFileSync } from 'node:fs';\nexport const v = readFileSync;", false],
  ['extension/host/x.ts', "import { startServer } from '../server/startServer';\nexport const v = startServer;", true],
  ['extension/host/x.ts', "import * as vscode from 'vscode';\nexport const v = vscode;", false],
  ['webview/x.ts', "import { readFileSync } from 'node:fs';\nexport const v = readFileSync;", true],
  ['webview/x.ts', "import * as vscode from 'vscode';\nexport const v = vscode;", true],
  ['webview/panel/x.ts', "import { vsCodeButton } from '@vscode/webview-ui-toolkit';\nexport const v = vsCodeButton;", true],
  ['webview/components.ts', "import { vsCodeButton } from '@vscode/webview-ui-toolkit';\nexport const v = vsCodeButton;", false],
  ['webview/components.ts', "import * as vscode from 'vscode';\nexport const v = vscode;", true],
  ['extension/host/x.ts', "import { vsCodeButton } from '@vscode/webview-ui-toolkit';\nexport const v = vsCodeButton;", true],
];

for (const [file, code, expected] of cases) {
  test(`${file}: ${code.split('\n')[0]} is ${expected ? 'refused' : 'allowed'}`, async () => {
    assert.equal(await restricted(file, code), expected);
  });
}
