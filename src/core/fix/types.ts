/** One replacement of the checked text; `start === end` inserts. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** A fix is data: minimal edits against the text that was checked. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}
