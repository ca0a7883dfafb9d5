// kernel k19_ew (compiler/std/functional.loom:11:18)
@group(0) @binding(0) var<storage, read> t143: array<f32>;
@group(0) @binding(1) var<storage, read> t101: array<f32>;
@group(0) @binding(2) var<storage, read_write> t150: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k19_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l146: f32 = t143[i];
  let l147: f32 = t101[128i + i / 128i * 256i + i % 128i];
  let v148: f32 = 1.0f / (1.0f + exp(min(-l147, 88.0f)));
  let v149: f32 = l147 * v148;
  let v150: f32 = l146 * v149;
  t150[i] = v150;
}
