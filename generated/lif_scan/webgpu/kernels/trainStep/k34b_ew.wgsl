// kernel k34b_ew
@group(0) @binding(0) var<storage, read> p_head_b: array<f32>;
@group(0) @binding(1) var<storage, read> t347: array<f32>;
@group(0) @binding(2) var<storage, read> t171: array<f32>;
@group(0) @binding(3) var<storage, read_write> t350: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k34b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l6: f32 = p_head_b[i];
  let x347: f32 = t347[i];
  let l348: f32 = t171[0i];
  let v349: f32 = x347 * l348;
  let v350: f32 = l6 - v349;
  t350[i] = v350;
}
