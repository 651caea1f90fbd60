// A Web Worker shell over the loader's checks: parsing and validating a big map file (tens of MB,
// tens of thousands of nodes) takes seconds, which must not freeze the page. It answers with the
// validated document or with every problem; the page then builds its graph model from the document.
import { validateGraphBytes, type ValidateResult } from '../core/index';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ArrayBuffer>) => {
  let result: ValidateResult;
  try {
    result = validateGraphBytes(new Uint8Array(event.data));
  } catch (error) {
    // The loader returns problems for bad input; reaching here is a bug, still reported as a problem.
    result = { ok: false, problems: [{ code: 'internal', path: [], message: `the file could not be checked: ${String(error)}` }] };
  }
  scope.postMessage(result);
};
