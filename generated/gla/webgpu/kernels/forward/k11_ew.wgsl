// kernel k11_ew (compiler/std/linear.loom:46:65)
@group(0) @binding(0) var<storage, read> t52: array<f32>;
@group(0) @binding(1) var<storage, read> t87: array<f32>;
@group(0) @binding(2) var<storage, read_write> t106: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k11_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l77: f32 = t52[i / 1024i * 16i + i / 16i % 64i * 64i + i % 16i];
  let l103: f32 = t87[240i + i / 256i * 256i + i % 16i];
  let l87: f32 = t87[i];
  let v104: f32 = l103 - l87;
  let v105: f32 = exp(v104);
  let v106: f32 = l77 * v105;
  t106[i] = v106;
}
