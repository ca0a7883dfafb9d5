// kernel k36_ew (compiler/std/linear.loom:46:65)
@group(0) @binding(0) var<storage, read> t182: array<f32>;
@group(0) @binding(1) var<storage, read> t203: array<f32>;
@group(0) @binding(2) var<storage, read_write> t218: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k36_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l200: f32 = t182[i / 1024i * 16i + i / 16i % 64i * 64i + i % 16i];
  let l215: f32 = t203[240i + i / 256i * 256i + i % 16i];
  let l203: f32 = t203[i];
  let v216: f32 = l215 - l203;
  let v217: f32 = exp(v216);
  let v218: f32 = l200 * v217;
  t218[i] = v218;
}
