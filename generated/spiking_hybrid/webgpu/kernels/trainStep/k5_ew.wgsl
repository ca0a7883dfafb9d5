// kernel k5_ew (compiler/std/linear.loom:19:52)
@group(0) @binding(0) var<storage, read> t36: array<f32>;
@group(0) @binding(1) var<storage, read_write> t46: array<f32>;
@group(0) @binding(2) var<storage, read_write> t50: array<f32>;
@group(0) @binding(3) var<storage, read_write> t51: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k5_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l38: f32 = t36[i / 4096i * 4096i + i / 1024i % 4i * 16i + i / 16i % 64i * 64i + i % 16i];
  let v46: bool = l38 > 0.0f;
  t46[i] = f32(v46);
  let v49: f32 = min(l38, 0.0f);
  let v50: f32 = exp(v49);
  t50[i] = v50;
  let v48: f32 = l38 + 1.0f;
  let v51: f32 = select(v50, v48, v46);
  t51[i] = v51;
}
