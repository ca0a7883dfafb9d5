// kernel k203a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_moe_router_w: array<f32>;
@group(0) @binding(1) var<storage, read> t836: array<f32>;
@group(0) @binding(2) var<storage, read> t958: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1139: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_moe_router_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1145: array<f32>;
@group(0) @binding(6) var<storage, read> t968: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1150: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k203a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1133: f32 = p_optim_m_layers_0_moe_router_w[i];
  let v1136: f32 = l1133 * 0.9f;
  let l836: f32 = t836[i];
  let l1131: f32 = t958[0i];
  let v1132: f32 = l836 * l1131;
  let v1138: f32 = v1132 * 0.1f;
  let v1139: f32 = v1136 + v1138;
  t1139[i] = v1139;
  let l1134: f32 = p_optim_v_layers_0_moe_router_w[i];
  let v1141: f32 = l1134 * 0.95f;
  let v1142: f32 = v1132 * v1132;
  let v1144: f32 = v1142 * 0.05f;
  let v1145: f32 = v1141 + v1144;
  t1145[i] = v1145;
  let v1146: f32 = sqrt(v1145);
  let l1147: f32 = t968[0i];
  let v1148: f32 = v1146 / l1147;
  let v1150: f32 = v1148 + 1e-8f;
  t1150[i] = v1150;
}
