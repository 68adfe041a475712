// A pool worker for tests/pool.test.ts: echoes each task's document, except that a document
// whose text is "crash" ends the worker thread, and one whose text is "hang" never returns.
import { parentPort } from 'node:worker_threads';

export default function work(tasks) {
  return tasks.map((task) => {
    const text = String(task.doc.data);
    if (text === 'crash') process.exit(1);
    if (text === 'hang') for (;;);
    if (text === 'throw') throw new Error('thrown');
    return { out: `${task.doc.path}:${text}\n`, bytes: text.length };
  });
}
void parentPort;
