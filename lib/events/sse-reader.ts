// For tests and the load check: reads a text/event-stream response frame by frame.
export interface SseFrame {
  id?: string;
  event?: string;
  data: any;
}

export class SseReader {
  readonly frames: SseFrame[] = [];
  private buffer = '';
  private waiters: (() => void)[] = [];
  private reader: ReadableStreamDefaultReader<Uint8Array>;
  ended = false;

  constructor(res: Response) {
    if (!res.body) throw new Error(`no stream (status ${res.status})`);
    this.reader = res.body.getReader();
    void this.pump();
  }

  private async pump(): Promise<void> {
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { done, value } = await this.reader.read();
        if (done) break;
        this.buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = this.buffer.indexOf('\n\n')) >= 0) {
          const block = this.buffer.slice(0, end);
          this.buffer = this.buffer.slice(end + 2);
          const frame: Partial<SseFrame> = {};
          let data = '';
          for (const line of block.split('\n')) {
            if (line.startsWith('data: ')) data += line.slice(6);
            else if (line.startsWith('id: ')) frame.id = line.slice(4);
            else if (line.startsWith('event: ')) frame.event = line.slice(7);
          }
          if (data) this.frames.push({ ...frame, data: JSON.parse(data) });
        }
        for (const w of this.waiters.splice(0)) w();
      }
    } catch {
      // cancelled
    } finally {
      this.ended = true;
      for (const w of this.waiters.splice(0)) w();
    }
  }

  /** The first frame (from `from` on) that matches, waiting up to `timeoutMs` for it. */
  async waitFor(match: (f: SseFrame) => boolean, timeoutMs = 10_000, from = 0): Promise<SseFrame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.frames.slice(from).find(match);
      if (found) return found;
      if (this.ended) throw new Error(`stream ended without a matching frame; got ${JSON.stringify(this.frames.map((f) => f.data.type))}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching frame within ${timeoutMs} ms; got ${JSON.stringify(this.frames.map((f) => f.data.type))}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  async close(): Promise<void> {
    await this.reader.cancel().catch(() => {});
  }
}
