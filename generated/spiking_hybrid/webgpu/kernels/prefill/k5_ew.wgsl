// kernel k5_ew (compiler/std/linear.loom:19:52)
@group(0) @binding(0) var<storage, read> t35: array<f32>;
@group(0) @binding(1) var<storage, read_write> t50: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k5_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l37: f32 = t35[i / 1024i * 16i + i / 16i % 64i * 64i + i % 16i];
  let v45: bool = l37 > 0.0f;
  let v47: f32 = l37 + 1.0f;
  let v48: f32 = min(l37, 0.0f);
  let v49: f32 = exp(v48);
  let v50: f32 = select(v49, v47, v45);
  t50[i] = v50;
}
