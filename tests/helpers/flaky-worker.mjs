// A pool worker for tests/pool.test.ts: echoes each task's document, except that a document
// whose text is "crash" ends the worker thread, "throw" throws, and "hang" never returns.
export default function work(tasks) {
  const outcomes = tasks.map((task) => {
    const text = String(task.doc.data);
    if (text === 'crash') process.exit(1);
    if (text === 'hang') for (;;);
    if (text === 'throw') throw new Error('thrown');
    return { out: `${task.doc.path}:${text}\n`, bytes: text.length };
  });
  // The shape of src/run/worker.ts's BatchResult: the outputs as one UTF-8 buffer.
  const ends = [];
  let total = 0;
  for (const o of outcomes) ends.push((total += Buffer.byteLength(o.out)));
  const bytes = Buffer.from(outcomes.map((o) => o.out).join(''));
  for (const o of outcomes) o.out = '';
  return { outcomes, bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length), ends };
}
