// kernel k127r_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t771: array<f32>;
@group(0) @binding(2) var<storage, read> t1120: array<f32>;
@group(0) @binding(3) var<storage, read> t1127: array<f32>;
@group(0) @binding(4) var<storage, read> t745: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1131: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k127r_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l19: f32 = p_blocks_1_attn_wo_w[i];
  let l800: f32 = t771[0i];
  let v1128: f32 = l19 * l800;
  let x1120: f32 = t1120[i];
  let x1127: f32 = t1127[i];
  let v1129: f32 = x1120 / x1127;
  let l803: f32 = t745[0i];
  let v1130: f32 = v1129 * l803;
  let v1131: f32 = v1128 - v1130;
  t1131[i] = v1131;
}
