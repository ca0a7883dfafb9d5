// kernel k11_ew (compiler/std/linear.loom:46:65)
@group(0) @binding(0) var<storage, read> t88: array<f32>;
@group(0) @binding(1) var<storage, read_write> t106: array<f32>;
@group(0) @binding(2) var<storage, read> t53: array<f32>;
@group(0) @binding(3) var<storage, read_write> t107: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k11_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l104: f32 = t88[240i + i / 256i * 256i + i % 16i];
  let l88: f32 = t88[i];
  let v105: f32 = l104 - l88;
  let v106: f32 = exp(v105);
  t106[i] = v106;
  let l78: f32 = t53[i / 4096i * 4096i + i / 1024i % 4i * 16i + i / 16i % 64i * 64i + i % 16i];
  let v107: f32 = l78 * v106;
  t107[i] = v107;
}
