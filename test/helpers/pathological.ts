/*
 * Inputs that once made the checker superlinear (issue 9), each a function of
 * the wanted size in characters. Shared by the linear-time property test and
 * `npm run bench`.
 */
function nestedLists(size: number): string {
  const lines: string[] = ['# X', ''];
  let length = 5;
  for (let depth = 0; length < size; depth = (depth + 1) % 48) {
    const line = `${'  '.repeat(depth)}- x`;
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join('\n');
}

export const PATHOLOGICAL_SHAPES: Record<string, (size: number) => string> = {
  'MED repeated': (n) => `# X\n\n${'MED '.repeat(n / 4)}`,
  'inklusion repeated': (n) => `# X\n\n${'inklusion '.repeat(n / 10)}`,
  'AI repeated': (n) => `# X\n\n${'AI '.repeat(n / 3)}`,
  'dagsorden repeated': (n) => `# X\n\n${'dagsorden '.repeat(n / 10)}`,
  'drift in a table row': (n) => `# X\n\n| a | b |\n|---|---|\n| ${'drift '.repeat(n / 6)} | x |\n`,
  'run of full stops': (n) => `# X\n\nord${'.'.repeat(n)}`,
  'inner dashes': (n) => `# X\n\nord${'-a'.repeat(n / 2)}`,
  'unclosed [todo': (n) => `# X\n\n${'[todo '.repeat(n / 6)}`,
  'nested brackets': (n) => `# X\n\n${'['.repeat(n / 2)}${']'.repeat(n / 2)}`,
  'table pipes': (n) => `# X\n\n${'|'.repeat(n)}`,
  'one-word lines': (n) => `# X\n\n${'x\n'.repeat(n / 2)}`,
  'lists nested 48 deep': nestedLists,
  // Floods of very short lines, which cost the parser per line rather than per character (see parse/lineBudget.ts).
  'empty lines': (n) => `# X\n${'\n'.repeat(n)}`,
  'one-word paragraphs': (n) => `# X\n\n${'x\n\n'.repeat(n / 3)}`,
  'one-word list items': (n) => `# X\n\n${'- x\n'.repeat(n / 4)}`,
  'nested item pairs': (n) => `# X\n\n${'- x\n  - x\n'.repeat(n / 10)}`,
  'short lines of code': (n) => `# X\n\n\`\`\`\n${'x\n'.repeat(n / 2)}`,
};
