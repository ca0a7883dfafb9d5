// kernel k156c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t478: array<f32>;
@group(0) @binding(2) var<storage, read> t766: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1065: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1071: array<f32>;
@group(0) @binding(6) var<storage, read> t776: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1076: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k156c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1059: f32 = p_optim_m_layers_0_mlp_w2_w[i];
  let v1062: f32 = l1059 * 0.9f;
  let l478: f32 = t478[i];
  let l1057: f32 = t766[0i];
  let v1058: f32 = l478 * l1057;
  let v1064: f32 = v1058 * 0.1f;
  let v1065: f32 = v1062 + v1064;
  t1065[i] = v1065;
  let l1060: f32 = p_optim_v_layers_0_mlp_w2_w[i];
  let v1067: f32 = l1060 * 0.95f;
  let v1068: f32 = v1058 * v1058;
  let v1070: f32 = v1068 * 0.05f;
  let v1071: f32 = v1067 + v1070;
  t1071[i] = v1071;
  let v1072: f32 = sqrt(v1071);
  let l1073: f32 = t776[0i];
  let v1074: f32 = v1072 / l1073;
  let v1076: f32 = v1074 + 1e-8f;
  t1076[i] = v1076;
}
