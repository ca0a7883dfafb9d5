// kernel k106_ew
@group(0) @binding(0) var<storage, read> t117: array<f32>;
@group(0) @binding(1) var<storage, read_write> t524: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k106_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l523: f32 = t117[i];
  let g: f32 = f32(i / 8i);
  let l386: f32 = g * 32.0f;
  let v524: f32 = l523 + l386;
  t524[i] = v524;
}
