// kernel k5_ew (compiler/std/linear.loom:19:52)
@group(0) @binding(0) var<storage, read> t51: array<f32>;
@group(0) @binding(1) var<storage, read_write> t66: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k5_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l53: f32 = t51[i / 1024i * 16i + i / 16i % 64i * 64i + i % 16i];
  let v61: bool = l53 > 0.0f;
  let v63: f32 = l53 + 1.0f;
  let v64: f32 = min(l53, 0.0f);
  let v65: f32 = exp(v64);
  let v66: f32 = select(v65, v63, v61);
  t66[i] = v66;
}
