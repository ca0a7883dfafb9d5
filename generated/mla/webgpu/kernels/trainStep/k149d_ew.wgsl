// kernel k149d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1029: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1030: array<f32>;
@group(0) @binding(3) var<storage, read> t462: array<f32>;
@group(0) @binding(4) var<storage, read> t766: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1100: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1105: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k149d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l9: f32 = p_layers_0_mlp_norm_g[i];
    let x1029: f32 = t1029[i];
    let v1030: f32 = l9 - x1029;
    t1030[i] = v1030;
    let l463: f32 = t462[i];
    let l811: f32 = t766[0i];
    let v1100: f32 = l463 * l811;
    t1100[i] = v1100;
    let l1101: f32 = p_optim_m_layers_1_attn_norm_g[i];
    let v1103: f32 = l1101 * 0.9f;
    let v1104: f32 = v1100 * 0.1f;
    let v1105: f32 = v1103 + v1104;
    t1105[i] = v1105;
  }
}
