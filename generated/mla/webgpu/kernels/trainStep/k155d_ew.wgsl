// kernel k155d_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t791: array<f32>;
@group(0) @binding(2) var<storage, read> t1211: array<f32>;
@group(0) @binding(3) var<storage, read> t1218: array<f32>;
@group(0) @binding(4) var<storage, read> t765: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1222: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k155d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l20: f32 = p_layers_1_attn_wo_w[i];
  let l999: f32 = t791[0i];
  let v1219: f32 = l20 * l999;
  let x1211: f32 = t1211[i];
  let x1218: f32 = t1218[i];
  let v1220: f32 = x1211 / x1218;
  let l1002: f32 = t765[0i];
  let v1221: f32 = v1220 * l1002;
  let v1222: f32 = v1219 - v1221;
  t1222[i] = v1222;
}
