// kernel k156e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t474: array<f32>;
@group(0) @binding(2) var<storage, read> t756: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1078: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1082: array<f32>;
@group(0) @binding(6) var<storage, read> t766: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1085: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k156e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1074: f32 = p_optim_m_layers_0_mlp_w3_w[i];
  let v1076: f32 = l1074 * 0.9f;
  let l474: f32 = t474[i];
  let l1021: f32 = t756[0i];
  let v1073: f32 = l474 * l1021;
  let v1077: f32 = v1073 * 0.1f;
  let v1078: f32 = v1076 + v1077;
  t1078[i] = v1078;
  let l1075: f32 = p_optim_v_layers_0_mlp_w3_w[i];
  let v1079: f32 = l1075 * 0.95f;
  let v1080: f32 = v1073 * v1073;
  let v1081: f32 = v1080 * 0.05f;
  let v1082: f32 = v1079 + v1081;
  t1082[i] = v1082;
  let v1083: f32 = sqrt(v1082);
  let l1037: f32 = t766[0i];
  let v1084: f32 = v1083 / l1037;
  let v1085: f32 = v1084 + 1e-8f;
  t1085[i] = v1085;
}
