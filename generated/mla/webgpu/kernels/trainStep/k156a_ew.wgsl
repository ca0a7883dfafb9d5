// kernel k156a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t482: array<f32>;
@group(0) @binding(2) var<storage, read> t756: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1029: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1035: array<f32>;
@group(0) @binding(6) var<storage, read> t766: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1040: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k156a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1023: f32 = p_optim_m_layers_0_mlp_w1_w[i];
  let v1026: f32 = l1023 * 0.9f;
  let l482: f32 = t482[i];
  let l1021: f32 = t756[0i];
  let v1022: f32 = l482 * l1021;
  let v1028: f32 = v1022 * 0.1f;
  let v1029: f32 = v1026 + v1028;
  t1029[i] = v1029;
  let l1024: f32 = p_optim_v_layers_0_mlp_w1_w[i];
  let v1031: f32 = l1024 * 0.95f;
  let v1032: f32 = v1022 * v1022;
  let v1034: f32 = v1032 * 0.05f;
  let v1035: f32 = v1031 + v1034;
  t1035[i] = v1035;
  let v1036: f32 = sqrt(v1035);
  let l1037: f32 = t766[0i];
  let v1038: f32 = v1036 / l1037;
  let v1040: f32 = v1038 + 1e-8f;
  t1040[i] = v1040;
}
