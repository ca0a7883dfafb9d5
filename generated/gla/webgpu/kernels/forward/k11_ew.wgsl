// kernel k11_ew (compiler/std/linear.loom:46:65)
@group(0) @binding(0) var<storage, read> t52: array<f32>;
@group(0) @binding(1) var<storage, read> t81: array<f32>;
@group(0) @binding(2) var<storage, read_write> t100: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k11_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l71: f32 = t52[i / 1024i * 16i + i / 16i % 64i * 64i + i % 16i];
  let l97: f32 = t81[240i + i / 256i * 256i + i % 16i];
  let l81: f32 = t81[i];
  let v98: f32 = l97 - l81;
  let v99: f32 = exp(v98);
  let v100: f32 = l71 * v99;
  t100[i] = v100;
}
