import { parseMetadataYaml } from '@warraq/schema';
import { type ParseOptions, type ParseOutcome, parseArticle } from './parse.js';

/** For apps: an article's bytes and the text of its `.meta.yaml` sidecar, in one call. Never throws. */
export function parseArticleWithSidecar(
  text: { fileName: string; bytes: Uint8Array },
  sidecar: { fileName: string; text: string },
  options: ParseOptions = {},
): ParseOutcome {
  let meta: ReturnType<typeof parseMetadataYaml>;
  try {
    meta = parseMetadataYaml(sidecar.text, sidecar.fileName);
  } catch (e) {
    return {
      ok: false,
      diagnostics: [
        {
          code: 'META_YAML',
          severity: 'error',
          message: `the metadata could not be read: ${e instanceof Error ? e.message : String(e)}`,
          file: sidecar.fileName,
          line: 1,
          column: 1,
        },
      ],
    };
  }
  if (!meta.ok) return { ok: false, diagnostics: meta.errors };
  return parseArticle(
    {
      bytes: text.bytes,
      fileName: text.fileName,
      id: meta.value.id,
      metadata: meta.value.metadata,
    },
    options,
  );
}
