// Worker thread: builds its own extractor once, then answers extraction jobs.
import { parentPort, workerData } from "node:worker_threads";
import { extractorFor, runJob } from "./extract-job.js";
import type { ExtractJob, ExtractorConfig } from "./protocol.js";

const ex = extractorFor(workerData as ExtractorConfig);
parentPort!.on("message", (job: ExtractJob) => parentPort!.postMessage(runJob(ex, job)));
