// The text runs of a PDF with their positions, read by pdf.js (npm pdfjs-dist, legacy build:
// runs in Node 20 and every browser). Loaded only when a PDF is opened: the app and the
// JavaScript API import this module on demand, never on first load.
//
//   const { pdfRuns } = await import('./pdf-runs.js');
//   const runs = await pdfRuns(bytes, { main: urlOfPdfMjs, worker: urlOfPdfWorkerMjs, cmaps });
//   // → [{ page, x, y, width, height, text }]   (PDF user space: y grows upwards)
//
// `cmaps`: where pdf.js finds its predefined CMaps (pdfjs-dist's cmaps/, packed .bcmap files):
// the URL of that folder (ending in "/"), or a function (file name → Promise<Uint8Array>) for the
// offline copy, which holds them inline. Many Chinese PDFs draw their text in a CID font that is
// not embedded (Adobe-GB1: STSong, SimSun with an encoding such as UniGB-UCS2-H): without the
// CMaps their characters cannot be turned into text. A CMap is read only when a PDF names one.
//
// The parser runs on the calling thread (pdf.js's "fake worker", given its worker module
// directly), so nothing is fetched by a Worker: it works from file:// (the offline copy passes
// blob: URLs of the inlined sources) and in Node. Errors carry a `code` the importer turns into
// its Chinese message: "encrypted", "unreadable".

let loaded = null;

async function load(urls) {
  if (!loaded) {
    loaded = (async () => {
      const pdfjs = await import(urls.main);
      if (!globalThis.pdfjsWorker) {
        globalThis.pdfjsWorker = await import(urls.worker);
      }
      return pdfjs;
    })();
    loaded.catch(() => {
      loaded = null;
    });
  }
  return loaded;
}

/** Reads a file by URL: from disk in Node (file: URLs), else with fetch. */
async function readUrl(url) {
  if (url.protocol === 'file:' && typeof globalThis.process?.getBuiltinModule === 'function') {
    const fs = globalThis.process.getBuiltinModule('fs');
    return new Uint8Array(await fs.promises.readFile(url));
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** pdf.js's BinaryDataFactory for CMaps only, reading them through `cmaps` (see above). */
function cMapFactory(cmaps) {
  const read = typeof cmaps === 'function' ? cmaps : (name) => readUrl(new URL(name, cmaps));
  return class CMapFactory {
    async fetch({ kind, filename }) {
      // Standard fonts are only needed to draw pages; their metrics are built into pdf.js.
      if (kind !== 'cMapUrl') throw new Error(`not provided: ${kind} ${filename}`);
      return read(filename);
    }
  };
}

function coded(code, message) {
  const e = new Error(message);
  e.code = code;
  return e;
}

/** Every text run of every page: { page, x, y, width, height, text }. */
export async function pdfRuns(bytes, urls) {
  const pdfjs = await load(urls);
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const data = new Uint8Array(bytes);
  const task = pdfjs.getDocument({
    data,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
    verbosity: 0,
    ...(urls.cmaps
      ? { cMapPacked: true, useWorkerFetch: false, BinaryDataFactory: cMapFactory(urls.cmaps) }
      : {}),
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => {});
    if (e?.name === 'PasswordException') throw coded('encrypted', e.message);
    throw coded('unreadable', e?.message ?? String(e));
  }
  try {
    const runs = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      for (const item of content.items) {
        if (typeof item.str !== 'string' || item.str.trim() === '') continue;
        const [a, b, c, d, x, y] = item.transform;
        // Horizontal text only: vertical runs (rotated) keep their origin but no width.
        const horizontal = Math.abs(b) < 1e-6 && Math.abs(c) < 1e-6 && a > 0;
        runs.push({
          page: p,
          x,
          y,
          width: horizontal ? item.width : 0,
          height: item.height || Math.hypot(c, d),
          text: item.str,
        });
      }
      page.cleanup();
    }
    return runs;
  } finally {
    await doc.destroy().catch(() => {});
  }
}
