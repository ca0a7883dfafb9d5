// kernel k206c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_moe_w2: array<f32>;
@group(0) @binding(1) var<storage, read> t633: array<f32>;
@group(0) @binding(2) var<storage, read> t989: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1226: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_moe_w2: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1232: array<f32>;
@group(0) @binding(6) var<storage, read> t999: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1237: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k206c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1220: f32 = p_optim_m_layers_0_moe_w2[i];
  let v1223: f32 = l1220 * 0.9f;
  let l633: f32 = t633[i];
  let l1218: f32 = t989[0i];
  let v1219: f32 = l633 * l1218;
  let v1225: f32 = v1219 * 0.1f;
  let v1226: f32 = v1223 + v1225;
  t1226[i] = v1226;
  let l1221: f32 = p_optim_v_layers_0_moe_w2[i];
  let v1228: f32 = l1221 * 0.95f;
  let v1229: f32 = v1219 * v1219;
  let v1231: f32 = v1229 * 0.05f;
  let v1232: f32 = v1228 + v1231;
  t1232[i] = v1232;
  let v1233: f32 = sqrt(v1232);
  let l1234: f32 = t999[0i];
  let v1235: f32 = v1233 / l1234;
  let v1237: f32 = v1235 + 1e-8f;
  t1237[i] = v1237;
}
