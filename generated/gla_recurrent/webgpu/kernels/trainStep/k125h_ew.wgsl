// kernel k125h_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wa2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t701: array<f32>;
@group(0) @binding(2) var<storage, read> t1113: array<f32>;
@group(0) @binding(3) var<storage, read> t1120: array<f32>;
@group(0) @binding(4) var<storage, read> t675: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1124: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k125h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l21: f32 = p_layers_1_attn_wa2_w[i];
  let l843: f32 = t701[0i];
  let v1121: f32 = l21 * l843;
  let x1113: f32 = t1113[i];
  let x1120: f32 = t1120[i];
  let v1122: f32 = x1113 / x1120;
  let l846: f32 = t675[0i];
  let v1123: f32 = v1122 * l846;
  let v1124: f32 = v1121 - v1123;
  t1124[i] = v1124;
}
