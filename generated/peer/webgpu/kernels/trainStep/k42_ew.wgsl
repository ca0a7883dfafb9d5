// kernel k42_ew (compiler/std/moe.loom:158:19)
@group(0) @binding(0) var<storage, read> t230: array<f32>;
@group(0) @binding(1) var<storage, read_write> t243: array<f32>;
@group(0) @binding(2) var<storage, read_write> t397: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k42_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l242: f32 = t230[i];
  let v243: f32 = l242 * 32.0f;
  t243[i] = v243;
  let l396: f32 = t230[i];
  let g: f32 = f32(i / 8i);
  let l386: f32 = g * 32.0f;
  let v397: f32 = l396 + l386;
  t397[i] = v397;
}
