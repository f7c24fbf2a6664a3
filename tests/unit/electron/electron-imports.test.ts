import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Only electron/main.ts, preload.ts and ipc.ts may load Electron. Everything else must run
 * in plain Node (handlers, store, harness, scripts) or in a browser (renderer), which is how
 * it is tested here, where the Electron binary cannot be downloaded.
 *
 * Decision: a whole-statement `import type … from 'electron'` (and `typeof import('electron')`)
 * is allowed under electron/ only. verbatimModuleSyntax guarantees it is erased from the
 * output, so it loads nothing at run time; helpers in electron/shell use it to type what they
 * hand to Electron. `import { type X } from 'electron'` is NOT type-only: it compiles to a
 * bare `import 'electron'`, so it is treated as a value import.
 */

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SCANNED = ['electron', 'renderer', 'shared', 'scripts'];
const ALLOWED = new Set(['electron/main.ts', 'electron/preload.ts', 'electron/ipc.ts']);
const SOURCE = /\.(?:[cm]?[jt]s|tsx|jsx)$/;

interface ElectronReference {
  kind: 'value' | 'type';
  text: string;
}

function isElectronSpecifier(node: ts.Node | undefined): boolean {
  return node !== undefined && ts.isStringLiteralLike(node) && /^electron(?:\/(?:main|renderer|common|utility))?$/.test(node.text);
}

/** Every way a module can reach 'electron': import/export declarations, require, import(). */
function electronReferences(fileName: string, text: string): ElectronReference[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: ElectronReference[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && isElectronSpecifier(node.moduleSpecifier)) {
      found.push({ kind: node.importClause?.isTypeOnly ? 'type' : 'value', text: node.getText() });
    } else if (ts.isExportDeclaration(node) && isElectronSpecifier(node.moduleSpecifier)) {
      found.push({ kind: node.isTypeOnly ? 'type' : 'value', text: node.getText() });
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      if (isElectronSpecifier(node.moduleReference.expression)) {
        found.push({ kind: node.isTypeOnly ? 'type' : 'value', text: node.getText() });
      }
    } else if (ts.isCallExpression(node) && isElectronSpecifier(node.arguments[0])) {
      const callee = node.expression;
      const isRequire = ts.isIdentifier(callee) && callee.text === 'require';
      const isRequireResolve =
        ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'require';
      if (isRequire || isRequireResolve || callee.kind === ts.SyntaxKind.ImportKeyword) {
        found.push({ kind: 'value', text: node.getText() });
      }
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && isElectronSpecifier(node.argument.literal)) {
      found.push({ kind: 'type', text: node.getText() });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sourceFiles(dir: string): string[] {
  const entries = readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !file.split('/').includes('node_modules'));
}

describe('electronReferences', () => {
  it.each([
    ["import { app } from 'electron';", 'value'],
    ["import * as electron from 'electron';", 'value'],
    ["import electron from 'electron/main';", 'value'],
    ["import 'electron';", 'value'],
    ["import { type App } from 'electron';", 'value'],
    ["export { app } from 'electron';", 'value'],
    ["const { app } = require('electron');", 'value'],
    ["const p = require.resolve('electron');", 'value'],
    ["const e = await import('electron');", 'value'],
    ["import e = require('electron');", 'value'],
    ["import type { App } from 'electron';", 'type'],
    ["export type { App } from 'electron';", 'type'],
    ["type E = typeof import('electron');", 'type'],
  ])('sees %s as a %s reference', (code, kind) => {
    expect(electronReferences('x.ts', code).map((ref) => ref.kind)).toEqual([kind]);
  });

  it('ignores look-alikes', () => {
    expect(electronReferences('x.ts', "import x from 'electron-builder'; const s = 'electron'; import y from './electron';")).toEqual([]);
  });
});

describe('who may import electron', () => {
  const files = SCANNED.flatMap(sourceFiles);

  it('scans the source folders', () => {
    expect(files).toEqual(expect.arrayContaining([...ALLOWED]));
  });

  it('allows value imports only in main.ts, preload.ts and ipc.ts', () => {
    const offenders = files
      .filter((file) => !ALLOWED.has(file))
      .flatMap((file) =>
        electronReferences(file, readFileSync(path.join(ROOT, file), 'utf8'))
          .filter((ref) => ref.kind === 'value' || !file.startsWith('electron/'))
          .map((ref) => `${file}: ${ref.text}`),
      );
    expect(offenders).toEqual([]);
  });

  it('keeps every relative import inside the project', () => {
    // The team's read-only reference folder sits beside the project and is also called
    // "shared"; one "../" too many would silently compile against it.
    const escapes = files.flatMap((file) => {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]*)['"]/g)].map((m) => m[1]!);
      return specifiers
        .filter((specifier) => path.relative(ROOT, path.resolve(ROOT, path.dirname(file), specifier)).startsWith('..'))
        .map((specifier) => `${file}: ${specifier}`);
    });
    expect(escapes).toEqual([]);
  });
});
