// kernel k206a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_moe_w1: array<f32>;
@group(0) @binding(1) var<storage, read> t645: array<f32>;
@group(0) @binding(2) var<storage, read> t989: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1197: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_moe_w1: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1203: array<f32>;
@group(0) @binding(6) var<storage, read> t999: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1209: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k206a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1191: f32 = p_optim_m_layers_0_moe_w1[i];
  let v1194: f32 = l1191 * 0.9f;
  let l645: f32 = t645[i];
  let l1189: f32 = t989[0i];
  let v1190: f32 = l645 * l1189;
  let v1196: f32 = v1190 * 0.1f;
  let v1197: f32 = v1194 + v1196;
  t1197[i] = v1197;
  let l1192: f32 = p_optim_v_layers_0_moe_w1[i];
  let v1199: f32 = l1192 * 0.95f;
  let v1200: f32 = v1190 * v1190;
  let v1202: f32 = v1200 * 0.05f;
  let v1203: f32 = v1199 + v1202;
  t1203[i] = v1203;
  let v1204: f32 = sqrt(v1203);
  let l1206: f32 = t999[0i];
  let v1207: f32 = v1204 / l1206;
  let v1209: f32 = v1207 + 1e-8f;
  t1209[i] = v1209;
}
