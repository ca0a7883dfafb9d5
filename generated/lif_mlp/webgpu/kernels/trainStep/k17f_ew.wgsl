// kernel k17f_ew (compiler/std/spiking.loom:13:35)
@group(0) @binding(0) var<storage, read> t642: array<f32>;
@group(0) @binding(1) var<storage, read> t608: array<f32>;
@group(0) @binding(2) var<storage, read> t182: array<f32>;
@group(0) @binding(3) var<storage, read_write> t645: array<f32>;
@group(0) @binding(4) var<storage, read> t169: array<f32>;
@group(0) @binding(5) var<storage, read_write> t651: array<f32>;
@group(0) @binding(6) var<storage, read> t156: array<f32>;
@group(0) @binding(7) var<storage, read_write> t657: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k17f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x642: f32 = t642[i];
  let l643: f32 = t608[1536i + i / 128i * 2048i + i % 128i];
  let x182: f32 = t182[i];
  let v644: f32 = l643 * x182;
  let v645: f32 = x642 + v644;
  t645[i] = v645;
  let v648: f32 = v645 * 0.9f;
  let l649: f32 = t608[1408i + i / 128i * 2048i + i % 128i];
  let x169: f32 = t169[i];
  let v650: f32 = l649 * x169;
  let v651: f32 = v648 + v650;
  t651[i] = v651;
  let v654: f32 = v651 * 0.9f;
  let l655: f32 = t608[1280i + i / 128i * 2048i + i % 128i];
  let x156: f32 = t156[i];
  let v656: f32 = l655 * x156;
  let v657: f32 = v654 + v656;
  t657[i] = v657;
}
