// kernel k206e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_moe_w3: array<f32>;
@group(0) @binding(1) var<storage, read> t637: array<f32>;
@group(0) @binding(2) var<storage, read> t989: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1249: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_moe_w3: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1253: array<f32>;
@group(0) @binding(6) var<storage, read> t999: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1256: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k206e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1245: f32 = p_optim_m_layers_0_moe_w3[i];
  let v1247: f32 = l1245 * 0.9f;
  let l637: f32 = t637[i];
  let l1189: f32 = t989[0i];
  let v1244: f32 = l637 * l1189;
  let v1248: f32 = v1244 * 0.1f;
  let v1249: f32 = v1247 + v1248;
  t1249[i] = v1249;
  let l1246: f32 = p_optim_v_layers_0_moe_w3[i];
  let v1250: f32 = l1246 * 0.95f;
  let v1251: f32 = v1244 * v1244;
  let v1252: f32 = v1251 * 0.05f;
  let v1253: f32 = v1250 + v1252;
  t1253[i] = v1253;
  let v1254: f32 = sqrt(v1253);
  let l1206: f32 = t999[0i];
  let v1255: f32 = v1254 / l1206;
  let v1256: f32 = v1255 + 1e-8f;
  t1256[i] = v1256;
}
