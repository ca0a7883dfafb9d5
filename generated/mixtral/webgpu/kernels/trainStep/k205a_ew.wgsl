// kernel k205a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_moe_router_w: array<f32>;
@group(0) @binding(1) var<storage, read> t867: array<f32>;
@group(0) @binding(2) var<storage, read> t989: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1170: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_moe_router_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1176: array<f32>;
@group(0) @binding(6) var<storage, read> t999: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1181: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k205a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1164: f32 = p_optim_m_layers_0_moe_router_w[i];
  let v1167: f32 = l1164 * 0.9f;
  let l867: f32 = t867[i];
  let l1162: f32 = t989[0i];
  let v1163: f32 = l867 * l1162;
  let v1169: f32 = v1163 * 0.1f;
  let v1170: f32 = v1167 + v1169;
  t1170[i] = v1170;
  let l1165: f32 = p_optim_v_layers_0_moe_router_w[i];
  let v1172: f32 = l1165 * 0.95f;
  let v1173: f32 = v1163 * v1163;
  let v1175: f32 = v1173 * 0.05f;
  let v1176: f32 = v1172 + v1175;
  t1176[i] = v1176;
  let v1177: f32 = sqrt(v1176);
  let l1178: f32 = t999[0i];
  let v1179: f32 = v1177 / l1178;
  let v1181: f32 = v1179 + 1e-8f;
  t1181[i] = v1181;
}
