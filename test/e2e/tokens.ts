// Decodes LSP semantic tokens (relative integer quintuples) and checks them against gold mentions.
// Used by every client test (Neovim's raw response, VS Code's provideDocumentSemanticTokens).
import { positionAt, type GoldMention } from './gold';

export interface Legend {
  tokenTypes: string[];
  tokenModifiers: string[];
}

export interface DecodedToken {
  line: number;
  character: number;
  length: number;
  type: string;
}

export function decodeTokens(data: ArrayLike<number>, legend: Legend): DecodedToken[] {
  const out: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    out.push({
      line,
      character,
      length: data[i + 2],
      type: legend.tokenTypes[data[i + 3]] ?? `#${data[i + 3]}`,
    });
  }
  return out;
}

/**
 * For each mention, every character must lie in a token of the mention's type (a mention cut at a
 * line break is covered by one token per line). Returns one message per mention that is not.
 */
export function tokenTypeProblems(
  text: string,
  data: ArrayLike<number>,
  legend: Legend,
  mentions: GoldMention[],
): string[] {
  const byLine = new Map<number, DecodedToken[]>();
  for (const token of decodeTokens(data, legend)) {
    const list = byLine.get(token.line) ?? [];
    list.push(token);
    byLine.set(token.line, list);
  }
  const problems: string[] = [];
  for (const m of mentions) {
    const seen = new Set<string>();
    for (let offset = m.start; offset < m.end; offset++) {
      const c = text.charCodeAt(offset);
      if (c === 10 || c === 13) continue;
      const p = positionAt(text, offset);
      const token = (byLine.get(p.line) ?? []).find(
        (t) => t.character <= p.character && p.character < t.character + t.length,
      );
      seen.add(token ? token.type : '(none)');
    }
    if (seen.size !== 1 || !seen.has(m.type)) {
      problems.push(`"${m.text}" @${m.start} is ${m.type} in the gold, tokens say ${[...seen].join('+')}`);
    }
  }
  return problems;
}
