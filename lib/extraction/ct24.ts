// Parses the CLEF CheckThat! 2024 check-worthiness TSV files (CRLF in dev, CSV-style quoting,
// and one train line that holds two rows because a newline went missing).
export interface LabelledSentence { id: string; text: string; yes: boolean }

/** Rows of one CT24 file's content; `name` only labels errors. */
export function parseCt24(content: string, name = 'CT24'): LabelledSentence[] {
  const rows: LabelledSentence[] = [];
  const lines = content.split(/\r?\n/).slice(1);
  for (const line of lines) {
    const fields = line.split('\t');
    while (fields.length >= 3) {
      const [id, text, label] = fields.splice(0, 3) as [string, string, string];
      const m = /^(Yes|No)(\d*)$/.exec(label.trim());
      if (!m) throw new Error(`${name}: cannot read label ${JSON.stringify(label)} for ${id}`);
      rows.push({ id, text: unquote(text), yes: m[1] === 'Yes' });
      if (m[2]) fields.unshift(m[2]);
    }
  }
  return rows;
}

function unquote(s: string): string {
  return s.length >= 2 && s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1).replace(/""/g, '"') : s;
}
