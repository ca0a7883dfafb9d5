// kernel k5_ew (compiler/std/linear.loom:19:52)
@group(0) @binding(0) var<storage, read> t53: array<f32>;
@group(0) @binding(1) var<storage, read_write> t63: array<f32>;
@group(0) @binding(2) var<storage, read_write> t67: array<f32>;
@group(0) @binding(3) var<storage, read_write> t68: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k5_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l55: f32 = t53[i / 4096i * 4096i + i / 1024i % 4i * 16i + i / 16i % 64i * 64i + i % 16i];
  let v63: bool = l55 > 0.0f;
  t63[i] = f32(v63);
  let v66: f32 = min(l55, 0.0f);
  let v67: f32 = exp(v66);
  t67[i] = v67;
  let v65: f32 = l55 + 1.0f;
  let v68: f32 = select(v67, v65, v63);
  t68[i] = v68;
}
