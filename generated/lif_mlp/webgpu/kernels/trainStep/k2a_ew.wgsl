// kernel k2a_ew (compiler/std/spiking.loom:28:14)
@group(0) @binding(0) var<storage, read> t13: array<f32>;
@group(0) @binding(1) var<storage, read_write> t17: array<f32>;
@group(0) @binding(2) var<storage, read_write> t20: array<f32>;
@group(0) @binding(3) var<storage, read_write> t33: array<f32>;
@group(0) @binding(4) var<storage, read_write> t35: array<f32>;
@group(0) @binding(5) var<storage, read_write> t46: array<f32>;
@group(0) @binding(6) var<storage, read_write> t48: array<f32>;
@group(0) @binding(7) var<storage, read_write> t58: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k2a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l15: f32 = t13[i / 128i * 2048i + i % 128i];
  let v17: f32 = l15 - 1.0f;
  t17[i] = v17;
  let v19: bool = v17 > 0.0f;
  let v20: f32 = f32(v19);
  t20[i] = v20;
  let v28: f32 = 0.9f * l15;
  let l30: f32 = t13[128i + i / 128i * 2048i + i % 128i];
  let v31: f32 = v28 + l30;
  let v32: f32 = v31 - v20;
  let v33: f32 = v32 - 1.0f;
  t33[i] = v33;
  let v34: bool = v33 > 0.0f;
  let v35: f32 = f32(v34);
  t35[i] = v35;
  let v41: f32 = 0.9f * v32;
  let l43: f32 = t13[256i + i / 128i * 2048i + i % 128i];
  let v44: f32 = v41 + l43;
  let v45: f32 = v44 - v35;
  let v46: f32 = v45 - 1.0f;
  t46[i] = v46;
  let v47: bool = v46 > 0.0f;
  let v48: f32 = f32(v47);
  t48[i] = v48;
  let v54: f32 = 0.9f * v45;
  let l56: f32 = t13[384i + i / 128i * 2048i + i % 128i];
  let v57: f32 = v54 + l56;
  let v58: f32 = v57 - v48;
  t58[i] = v58;
}
