// kernel k125f_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wa1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t701: array<f32>;
@group(0) @binding(2) var<storage, read> t1096: array<f32>;
@group(0) @binding(3) var<storage, read> t1103: array<f32>;
@group(0) @binding(4) var<storage, read> t675: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1107: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k125f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l20: f32 = p_layers_1_attn_wa1_w[i];
  let l817: f32 = t701[0i];
  let v1104: f32 = l20 * l817;
  let x1096: f32 = t1096[i];
  let x1103: f32 = t1103[i];
  let v1105: f32 = x1096 / x1103;
  let l820: f32 = t675[0i];
  let v1106: f32 = v1105 * l820;
  let v1107: f32 = v1104 - v1106;
  t1107[i] = v1107;
}
