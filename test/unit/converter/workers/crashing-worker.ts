/** The conversion worker, crashing on `throws.txt` and `exits.txt` (imports run in order: the hook first). */
import './crash-hook.ts';
import '../../../../src/converter/workers/convert-worker.ts';
