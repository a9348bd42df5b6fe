// Small PDFs written by hand for the import's refusals: a page with a drawing and no text (a scan
// has only images), and one locked with a password (the Standard security handler with a user
// password that is not empty). Offsets in the cross-reference table are computed, so readers accept them.

function pdf(objects: string[], trailerExtra = ''): Buffer {
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const drawing = '0.5 g 50 50 400 600 re f';

/** One A4 page with a grey rectangle and not a character of text. */
export function pdfWithoutText(): Buffer {
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    `<< /Length ${drawing.length} >>\nstream\n${drawing}\nendstream`,
  ]);
}

/** A PDF that asks for a password before anything can be read. */
export function pdfWithPassword(): Buffer {
  const hex32 = (byte: string) => `<${byte.repeat(32)}>`;
  return pdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
      `<< /Length ${drawing.length} >>\nstream\n${drawing}\nendstream`,
      `<< /Filter /Standard /V 1 /R 2 /O ${hex32('ab')} /U ${hex32('cd')} /P -44 >>`,
    ],
    `/Encrypt 5 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] `,
  );
}
