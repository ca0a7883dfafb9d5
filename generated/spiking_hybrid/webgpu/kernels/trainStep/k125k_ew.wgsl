// kernel k125k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_ffn2_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t313: array<f32>;
@group(0) @binding(2) var<storage, read> t652: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1033: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_ffn2_w2_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1037: array<f32>;
@group(0) @binding(6) var<storage, read> t662: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1040: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k125k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1029: f32 = p_optim_m_layers_0_ffn2_w2_w[i];
  let v1031: f32 = l1029 * 0.9f;
  let l313: f32 = t313[i];
  let l859: f32 = t652[0i];
  let v1028: f32 = l313 * l859;
  let v1032: f32 = v1028 * 0.1f;
  let v1033: f32 = v1031 + v1032;
  t1033[i] = v1033;
  let l1030: f32 = p_optim_v_layers_0_ffn2_w2_w[i];
  let v1034: f32 = l1030 * 0.95f;
  let v1035: f32 = v1028 * v1028;
  let v1036: f32 = v1035 * 0.05f;
  let v1037: f32 = v1034 + v1036;
  t1037[i] = v1037;
  let v1038: f32 = sqrt(v1037);
  let l875: f32 = t662[0i];
  let v1039: f32 = v1038 / l875;
  let v1040: f32 = v1039 + 1e-8f;
  t1040[i] = v1040;
}
