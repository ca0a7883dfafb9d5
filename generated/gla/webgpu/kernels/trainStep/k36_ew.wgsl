// kernel k36_ew (compiler/std/linear.loom:46:65)
@group(0) @binding(0) var<storage, read> t204: array<f32>;
@group(0) @binding(1) var<storage, read_write> t218: array<f32>;
@group(0) @binding(2) var<storage, read> t183: array<f32>;
@group(0) @binding(3) var<storage, read_write> t219: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k36_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l216: f32 = t204[240i + i / 256i * 256i + i % 16i];
  let l204: f32 = t204[i];
  let v217: f32 = l216 - l204;
  let v218: f32 = exp(v217);
  t218[i] = v218;
  let l201: f32 = t183[i / 4096i * 4096i + i / 1024i % 4i * 16i + i / 16i % 64i * 64i + i % 16i];
  let v219: f32 = l201 * v218;
  t219[i] = v219;
}
