// kernel k202b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t993: array<f32>;
@group(0) @binding(2) var<storage, read> t1063: array<f32>;
@group(0) @binding(3) var<storage, read> t1074: array<f32>;
@group(0) @binding(4) var<storage, read> t967: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1080: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k202b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l3: f32 = p_layers_0_attn_wk_w[i];
  let l1075: f32 = t993[0i];
  let v1076: f32 = l3 * l1075;
  let x1063: f32 = t1063[i];
  let x1074: f32 = t1074[i];
  let v1077: f32 = x1063 / x1074;
  let l1078: f32 = t967[0i];
  let v1079: f32 = v1077 * l1078;
  let v1080: f32 = v1076 - v1079;
  t1080[i] = v1080;
}
