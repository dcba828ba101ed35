import { snippetsFor } from '../core/catalogue/snippets';

/** The VS Code snippet files, one per language. */
export function generateSnippets(): Map<string, string> {
  return new Map([
    ['snippets/strategitjek.da.code-snippets', JSON.stringify(snippetsFor('da'), null, 2) + '\n'],
    ['snippets/strategitjek.en.code-snippets', JSON.stringify(snippetsFor('en'), null, 2) + '\n'],
  ]);
}
