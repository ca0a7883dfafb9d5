// The ONNX Runtime peer (onnxruntime-node, CPU execution provider): runs
// the ONNX graph the PyTorch peer exports for an inference case
// (bench/peers/pytorch/cases.py `export`: the gpt forward pass, or one
// decode step with the KV cache as explicit inputs, as ONNX LLM decoders
// take it), on the feeds exported beside it. onnxruntime-node is an
// optional dependency: without it the comparison says so.
import { readSafetensors } from '../../runtime/safetensors.ts';

type Ort = typeof import('onnxruntime-node');

export async function loadOrt(): Promise<Ort | string> {
  try {
    return await import('onnxruntime-node');
  } catch (e) {
    return `onnxruntime-node is not installed (an optional dependency: npm install onnxruntime-node): ${(e as Error).message.split('\n')[0]}`;
  }
}

export class OrtPeer {
  private constructor(
    private readonly session: import('onnxruntime-node').InferenceSession,
    private readonly feeds: Record<string, import('onnxruntime-node').Tensor>,
    readonly version: string,
  ) {}

  /** A session on `model` with `threads` intra-op threads, fed from `model`.feeds.safetensors. */
  static async create(ort: Ort, model: string, threads: number): Promise<OrtPeer> {
    const session = await ort.InferenceSession.create(model, { intraOpNumThreads: threads, interOpNumThreads: 1, executionProviders: ['cpu'] });
    const feeds: Record<string, import('onnxruntime-node').Tensor> = {};
    for (const [name, t] of readSafetensors(`${model}.feeds.safetensors`).tensors) {
      const data = t.data as ArrayLike<number>;
      feeds[name] = t.dtype === 'I64'
        ? new ort.Tensor('int64', BigInt64Array.from(Array.from(data, (x) => BigInt(x))), [...t.shape])
        : new ort.Tensor('float32', Float32Array.from(data), [...t.shape]);
    }
    return new OrtPeer(session, feeds, (ort.env as { versions?: { common?: string } }).versions?.common ?? 'unknown');
  }

  /** One run; the logits. */
  async run(): Promise<Float32Array> {
    const out = await this.session.run(this.feeds, ['logits']);
    return out.logits!.data as Float32Array;
  }

  dispose(): void {
    void this.session.release();
  }
}
