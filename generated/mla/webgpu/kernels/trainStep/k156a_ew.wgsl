// kernel k156a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t492: array<f32>;
@group(0) @binding(2) var<storage, read> t766: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1039: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1045: array<f32>;
@group(0) @binding(6) var<storage, read> t776: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1050: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k156a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1033: f32 = p_optim_m_layers_0_mlp_w1_w[i];
  let v1036: f32 = l1033 * 0.9f;
  let l492: f32 = t492[i];
  let l1031: f32 = t766[0i];
  let v1032: f32 = l492 * l1031;
  let v1038: f32 = v1032 * 0.1f;
  let v1039: f32 = v1036 + v1038;
  t1039[i] = v1039;
  let l1034: f32 = p_optim_v_layers_0_mlp_w1_w[i];
  let v1041: f32 = l1034 * 0.95f;
  let v1042: f32 = v1032 * v1032;
  let v1044: f32 = v1042 * 0.05f;
  let v1045: f32 = v1041 + v1044;
  t1045[i] = v1045;
  let v1046: f32 = sqrt(v1045);
  let l1047: f32 = t776[0i];
  let v1048: f32 = v1046 / l1047;
  let v1050: f32 = v1048 + 1e-8f;
  t1050[i] = v1050;
}
