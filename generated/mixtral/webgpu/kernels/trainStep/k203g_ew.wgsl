// kernel k203g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t862: array<f32>;
@group(0) @binding(2) var<storage, read> t989: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1333: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1337: array<f32>;
@group(0) @binding(6) var<storage, read> t999: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1340: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k203g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1329: f32 = p_optim_m_layers_1_attn_wo_w[i];
  let v1331: f32 = l1329 * 0.9f;
  let l862: f32 = t862[i];
  let l1060: f32 = t989[0i];
  let v1328: f32 = l862 * l1060;
  let v1332: f32 = v1328 * 0.1f;
  let v1333: f32 = v1331 + v1332;
  t1333[i] = v1333;
  let l1330: f32 = p_optim_v_layers_1_attn_wo_w[i];
  let v1334: f32 = l1330 * 0.95f;
  let v1335: f32 = v1328 * v1328;
  let v1336: f32 = v1335 * 0.05f;
  let v1337: f32 = v1334 + v1336;
  t1337[i] = v1337;
  let v1338: f32 = sqrt(v1337);
  let l1076: f32 = t999[0i];
  let v1339: f32 = v1338 / l1076;
  let v1340: f32 = v1339 + 1e-8f;
  t1340[i] = v1340;
}
