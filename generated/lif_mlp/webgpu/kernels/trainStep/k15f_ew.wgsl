// kernel k15f_ew (compiler/std/spiking.loom:13:35)
@group(0) @binding(0) var<storage, read> t635: array<f32>;
@group(0) @binding(1) var<storage, read> t601: array<f32>;
@group(0) @binding(2) var<storage, read> t182: array<f32>;
@group(0) @binding(3) var<storage, read_write> t638: array<f32>;
@group(0) @binding(4) var<storage, read> t169: array<f32>;
@group(0) @binding(5) var<storage, read_write> t644: array<f32>;
@group(0) @binding(6) var<storage, read> t156: array<f32>;
@group(0) @binding(7) var<storage, read_write> t650: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k15f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x635: f32 = t635[i];
  let l636: f32 = t601[1536i + i / 128i * 2048i + i % 128i];
  let x182: f32 = t182[i];
  let v637: f32 = l636 * x182;
  let v638: f32 = x635 + v637;
  t638[i] = v638;
  let v641: f32 = v638 * 0.9f;
  let l642: f32 = t601[1408i + i / 128i * 2048i + i % 128i];
  let x169: f32 = t169[i];
  let v643: f32 = l642 * x169;
  let v644: f32 = v641 + v643;
  t644[i] = v644;
  let v647: f32 = v644 * 0.9f;
  let l648: f32 = t601[1280i + i / 128i * 2048i + i % 128i];
  let x156: f32 = t156[i];
  let v649: f32 = l648 * x156;
  let v650: f32 = v647 + v649;
  t650[i] = v650;
}
