// kernel k2b_ew (compiler/std/spiking.loom:28:14)
@group(0) @binding(0) var<storage, read> t58: array<f32>;
@group(0) @binding(1) var<storage, read_write> t59: array<f32>;
@group(0) @binding(2) var<storage, read_write> t61: array<f32>;
@group(0) @binding(3) var<storage, read> t13: array<f32>;
@group(0) @binding(4) var<storage, read_write> t72: array<f32>;
@group(0) @binding(5) var<storage, read_write> t74: array<f32>;
@group(0) @binding(6) var<storage, read_write> t84: array<f32>;
@group(0) @binding(7) var<storage, read_write> t85: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k2b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x58: f32 = t58[i];
  let v59: f32 = x58 - 1.0f;
  t59[i] = v59;
  let v60: bool = v59 > 0.0f;
  let v61: f32 = f32(v60);
  t61[i] = v61;
  let v67: f32 = 0.9f * x58;
  let l69: f32 = t13[512i + i / 128i * 2048i + i % 128i];
  let v70: f32 = v67 + l69;
  let v71: f32 = v70 - v61;
  let v72: f32 = v71 - 1.0f;
  t72[i] = v72;
  let v73: bool = v72 > 0.0f;
  let v74: f32 = f32(v73);
  t74[i] = v74;
  let v80: f32 = 0.9f * v71;
  let l82: f32 = t13[640i + i / 128i * 2048i + i % 128i];
  let v83: f32 = v80 + l82;
  let v84: f32 = v83 - v74;
  t84[i] = v84;
  let v85: f32 = v84 - 1.0f;
  t85[i] = v85;
}
