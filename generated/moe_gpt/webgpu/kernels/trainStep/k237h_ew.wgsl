// kernel k237h_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1126: array<f32>;
@group(0) @binding(2) var<storage, read> t1227: array<f32>;
@group(0) @binding(3) var<storage, read> t1234: array<f32>;
@group(0) @binding(4) var<storage, read> t1100: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1238: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k237h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l5: f32 = p_layers_0_attn_wo_w[i];
  let l1182: f32 = t1126[0i];
  let v1235: f32 = l5 * l1182;
  let x1227: f32 = t1227[i];
  let x1234: f32 = t1234[i];
  let v1236: f32 = x1227 / x1234;
  let l1185: f32 = t1100[0i];
  let v1237: f32 = v1236 * l1185;
  let v1238: f32 = v1235 - v1237;
  t1238[i] = v1238;
}
