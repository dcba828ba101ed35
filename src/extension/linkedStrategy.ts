import * as vscode from 'vscode';
import { catalogueFor, documentTypeOf, linkTarget } from '../core/catalogue/catalogues';
import { MAX_TEXT_LENGTH } from '../core/text/limits';
import type { LinkedStrategy } from '../core/recognition/strategyLink';
import { STRATEGY_HEAD_LENGTH } from '../core/strategyHead';
import { headModules } from './lazy';

/** The strategy an ambition answers to, as read for one check, and the file it came from (to re-check on its changes). */
export interface ReadLink {
  strategy: LinkedStrategy;
  /** The file `strategi:` resolves to, when it resolved inside the workspace folder (read or not). */
  uri?: vscode.Uri;
}

/**
 * The strategy an ambition's `strategi:` names, for the editor, read through
 * `workspace.fs` (so it works in virtual and web workspaces, and is safe in
 * untrusted ones: reading a workspace file runs nothing). The path is
 * relative to the ambition and must stay inside the ambition's workspace
 * folder: URLs, other schemes, absolute paths, paths that climb out and
 * symbolic links on the way are refused without being read (a link's target
 * cannot be seen through `workspace.fs`, so none is followed); an untitled
 * document's link waits until it is saved. A strategy
 * open in an editor is taken as it is there, unsaved edits included. Never
 * the network; undefined for a document whose type names no strategy, or
 * with no `strategi:`.
 */
export async function readLinkedStrategy(uri: vscode.Uri, text: string): Promise<ReadLink | undefined> {
  const head = text.replace(/^\uFEFF/, '').slice(0, STRATEGY_HEAD_LENGTH);
  const { headFrontmatter, headTitle } = headModules();
  const frontmatter = headFrontmatter(head);
  const title = headTitle(head, frontmatter);
  if (!catalogueFor(documentTypeOf(frontmatter, title)).linkKey) return undefined;
  const target = linkTarget(frontmatter, title);
  if (target === undefined) return undefined;
  // An unsaved new document has no folder to be relative to yet: nothing is read, and nothing is said until it is saved.
  if (uri.scheme === 'untitled') return undefined;
  const outside: ReadLink = { strategy: { path: target, problem: 'outside' } };
  // A scheme (https:, file:, command:, c:), an absolute or a UNC path, or a home folder: never relative to the ambition.
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(target) || /^[/\\~]/.test(target)) return outside;
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder || folder.uri.scheme !== uri.scheme || folder.uri.authority !== uri.authority) return outside;
  const segments = target.replace(/\\/g, '/').split('/').filter((segment) => segment !== '' && segment !== '.');
  const root = folder.uri.path.replace(/\/+$/, '');
  const path = resolvePath(uri.path.slice(0, uri.path.lastIndexOf('/')), segments);
  if (path === undefined || !path.startsWith(`${root}/`)) return outside;
  const file = folder.uri.with({ path, query: '', fragment: '' });
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === file.toString());
  if (open) return { strategy: { path: target, text: open.getText() }, uri: file };
  // Every step from the folder down must be a plain folder or file: a symbolic link could lead anywhere.
  const steps = path.slice(root.length + 1).split('/');
  for (let i = 1; i <= steps.length; i++) {
    const step = folder.uri.with({ path: `${root}/${steps.slice(0, i).join('/')}`, query: '', fragment: '' });
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(step);
    } catch {
      return { strategy: { path: target, problem: 'not-found' }, uri: file };
    }
    if (stat.type & vscode.FileType.SymbolicLink) return { ...outside, uri: file };
    const last = i === steps.length;
    if (last && (stat.type & vscode.FileType.File) === 0) return { strategy: { path: target, problem: 'unreadable' }, uri: file };
    if (last && stat.size > MAX_TEXT_LENGTH * 4) return { strategy: { path: target, problem: 'unreadable' }, uri: file };
  }
  try {
    const bytes = await vscode.workspace.fs.readFile(file);
    return { strategy: { path: target, text: new TextDecoder().decode(bytes) }, uri: file };
  } catch {
    return { strategy: { path: target, problem: 'unreadable' }, uri: file };
  }
}

/** `dir` + relative segments, `..` resolved; undefined when it climbs above the file system's root. */
function resolvePath(dir: string, segments: string[]): string | undefined {
  const parts = dir.split('/').filter(Boolean);
  for (const segment of segments) {
    if (segment === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(segment);
  }
  return `/${parts.join('/')}`;
}
