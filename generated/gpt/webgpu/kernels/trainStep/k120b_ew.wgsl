// kernel k120b_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_mlp_fc_w: array<f32>;
@group(0) @binding(1) var<storage, read> t714: array<f32>;
@group(0) @binding(2) var<storage, read> t1240: array<f32>;
@group(0) @binding(3) var<storage, read> t1247: array<f32>;
@group(0) @binding(4) var<storage, read> t688: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1251: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k120b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l30: f32 = p_blocks_1_mlp_fc_w[i];
  let l976: f32 = t714[0i];
  let v1248: f32 = l30 * l976;
  let x1240: f32 = t1240[i];
  let x1247: f32 = t1247[i];
  let v1249: f32 = x1240 / x1247;
  let l979: f32 = t688[0i];
  let v1250: f32 = v1249 * l979;
  let v1251: f32 = v1248 - v1250;
  t1251[i] = v1251;
}
