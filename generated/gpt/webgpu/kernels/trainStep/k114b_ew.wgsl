// kernel k114b_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t714: array<f32>;
@group(0) @binding(2) var<storage, read> t1142: array<f32>;
@group(0) @binding(3) var<storage, read> t1149: array<f32>;
@group(0) @binding(4) var<storage, read> t688: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1153: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l24: f32 = p_blocks_1_attn_wv_w[i];
  let l743: f32 = t714[0i];
  let v1150: f32 = l24 * l743;
  let x1142: f32 = t1142[i];
  let x1149: f32 = t1149[i];
  let v1151: f32 = x1142 / x1149;
  let l746: f32 = t688[0i];
  let v1152: f32 = v1151 * l746;
  let v1153: f32 = v1150 - v1152;
  t1153[i] = v1153;
}
