/**
 * A document's text from its file, read in the browser: plain text and Markdown as they are, PDF
 * through pdfjs-dist (its worker a file of the build, loaded when a PDF is read) and Word (.docx)
 * through mammoth. Both libraries are imported only when a file of their kind is chosen, so they
 * weigh on no page until then.
 */

/** The kinds of file read: by name, since browsers often give Markdown no MIME type. */
const KINDS = {
  text: /\.(txt|text|md|markdown)$/i,
  pdf: /\.pdf$/i,
  docx: /\.docx$/i,
} as const;

export type FileKind = keyof typeof KINDS;

export function kindOf(file: File): FileKind | null {
  return (Object.keys(KINDS) as FileKind[]).find((kind) => KINDS[kind].test(file.name)) ?? null;
}

/** What `accept` offers in the file picker. */
export const ACCEPTED = '.txt,.md,.markdown,.pdf,.docx';

/** Each page's text, its lines where the PDF ends them, pages apart as paragraphs. */
async function pdfText(data: ArrayBuffer): Promise<string> {
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  const pdf = await pdfjs.getDocument({ data }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join('')
        .trim(),
    );
  }
  await pdf.destroy();
  return pages.filter(Boolean).join('\n\n');
}

/** The paragraphs of a Word document as plain text, a blank line between them. */
async function docxText(arrayBuffer: ArrayBuffer): Promise<string> {
  const mammoth = await import('mammoth');
  return (await mammoth.extractRawText({ arrayBuffer })).value;
}

const READERS: Record<FileKind, (file: File) => Promise<string>> = {
  text: (file) => file.text(),
  pdf: async (file) => pdfText(await file.arrayBuffer()),
  docx: async (file) => docxText(await file.arrayBuffer()),
};

/**
 * The text of a file of a kind read here, as the register keeps it: line ends as `\n`, canonical
 * Unicode (NFC, as quotations are compared), no white space at either end.
 */
export async function textOf(file: File, kind: FileKind): Promise<string> {
  const text = await READERS[kind](file);
  return text.replace(/\r\n?/g, '\n').normalize('NFC').trim();
}
