// kernel k76_ew
@group(0) @binding(0) var<storage, read> t254: array<f32>;
@group(0) @binding(1) var<storage, read_write> t420: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k76_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l254: f32 = t254[i];
  let g: f32 = f32(i / 2i);
  let l419: f32 = g * 8.0f;
  let v420: f32 = l254 + l419;
  t420[i] = v420;
}
