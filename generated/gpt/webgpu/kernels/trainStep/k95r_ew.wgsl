// kernel k95r_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t675: array<f32>;
@group(0) @binding(2) var<storage, read> t1136: array<f32>;
@group(0) @binding(3) var<storage, read> t1143: array<f32>;
@group(0) @binding(4) var<storage, read> t649: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1147: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k95r_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l26: f32 = p_blocks_1_attn_wo_w[i];
  let l704: f32 = t675[0i];
  let v1144: f32 = l26 * l704;
  let x1136: f32 = t1136[i];
  let x1143: f32 = t1143[i];
  let v1145: f32 = x1136 / x1143;
  let l707: f32 = t649[0i];
  let v1146: f32 = v1145 * l707;
  let v1147: f32 = v1144 - v1146;
  t1147[i] = v1147;
}
