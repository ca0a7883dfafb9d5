// kernel k11_ew (compiler/std/linear.loom:46:65)
@group(0) @binding(0) var<storage, read> t82: array<f32>;
@group(0) @binding(1) var<storage, read_write> t100: array<f32>;
@group(0) @binding(2) var<storage, read> t53: array<f32>;
@group(0) @binding(3) var<storage, read_write> t101: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k11_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l98: f32 = t82[240i + i / 256i * 256i + i % 16i];
  let l82: f32 = t82[i];
  let v99: f32 = l98 - l82;
  let v100: f32 = exp(v99);
  t100[i] = v100;
  let l72: f32 = t53[i / 4096i * 4096i + i / 1024i % 4i * 16i + i / 16i % 64i * 64i + i % 16i];
  let v101: f32 = l72 * v100;
  t101[i] = v101;
}
